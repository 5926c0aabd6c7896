package kernel;

import java.awt.image.RenderedImage;
import java.util.UUID;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.common.Text;
import org.dflib.jjava.jupyter.kernel.display.common.Url;

/**
 * What cells show: a value as display data (an image as PNG, anything else as text), and the
 * {@code display(...)} calls of the running cell, handed to that cell's sink as they happen.
 */
final class CellDisplay {
    private final Renderer renderer;
    private volatile Consumer<DisplayData> sink = d -> {};

    /** @param renderer the kernel's renderer, or null for one that knows images, URLs and text */
    CellDisplay(Renderer renderer) {
        if (renderer == null) {
            renderer = new Renderer();
            Image.registerAll(renderer);
            Url.registerAll(renderer);
            Text.registerAll(renderer);
        }
        this.renderer = renderer;
    }

    Renderer renderer() {
        return renderer;
    }

    /** A cell starts: its display() calls go to {@code cellSink}. */
    void showTo(Consumer<DisplayData> cellSink) {
        Notebook.sink(this::display); // display() belongs to the evaluator running a cell
        sink = cellSink;
    }

    /** Shows a value now; returns the display's id, as IJava and JJava do. */
    private String display(Object value) {
        DisplayData data = value instanceof DisplayData d ? d : render(value);
        String id = data.getDisplayId();
        if (id == null) {
            id = UUID.randomUUID().toString();
            data.setDisplayId(id);
        }
        System.out.flush(); // what the cell printed before comes first
        System.err.flush();
        sink.accept(data);
        return id;
    }

    DisplayData render(Object value) {
        try {
            DisplayData data = renderer.render(value);
            // An image's plain-text form (for viewers without images) says what it is,
            // not "BufferedImage@1b2c3d: type = 1 ..."
            if (value instanceof RenderedImage image && data != null && data.hasDataForType(Image.PNG)) {
                data.putText("[image " + image.getWidth() + "×" + image.getHeight() + "]");
            }
            return data;
        } catch (RuntimeException e) {
            return new DisplayData(String.valueOf(value));
        }
    }
}

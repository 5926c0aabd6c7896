package backprop;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import toolkit.Checks;

/**
 * Pictures of computation graphs: as Graphviz DOT text (그래프 기술 언어), as an image when the
 * {@code dot} program is installed (Debian/Ubuntu: {@code apt-get install graphviz}), and as plain
 * text when it is not. Every walk over a graph uses an explicit stack, so a graph of any depth can
 * be drawn.
 */
public final class Graphviz {
    private Graphviz() {}

    private static final String FORWARD = "#222222";
    private static final String BACKWARD = "#C0392B";

    /**
     * The graph that computes {@code root}, left to right: one box per value (its label, data and,
     * in red, grad) and one circle per operation.
     */
    public static String dot(Value root) {
        Checks.notNull(root, "root");
        Map<Value, Integer> ids = new IdentityHashMap<>();
        List<Value> values = reachable(root, ids);
        StringBuilder out = header("value graph");
        for (Value v : values) {
            int id = ids.get(v);
            String name = v.label().isEmpty() ? "" : "<b>" + html(v.label()) + "</b><br/>";
            out.append(String.format(Locale.ROOT,
                    "  v%d [shape=box, style=rounded, label=<%sdata %s<br/><font color=\"%s\">grad %s</font>>];%n",
                    id, name, num(v.data()), BACKWARD, num(v.grad())));
            if (!v.isLeaf()) {
                out.append(String.format(Locale.ROOT, "  op%d [shape=circle, width=0.45, fixedsize=true, label=\"%s\"];%n", id, escape(v.op())));
                out.append(String.format(Locale.ROOT, "  op%d -> v%d;%n", id, id));
                for (Value c : v.children()) out.append(String.format(Locale.ROOT, "  v%d -> op%d;%n", ids.get(c), id));
            }
        }
        return out.append("}\n").toString();
    }

    /**
     * A network of layers as a graph, for a batch of {@code batch} samples: the forward pass left
     * to right in black (with the shape of what flows), the backward pass right to left in red,
     * and under each layer what it caches for backward (run a forward pass first).
     */
    public static String dot(TwoLayerNet net, int batch) {
        Checks.notNull(net, "net");
        StringBuilder out = header("layer graph");
        List<Layer> layers = net.layers();
        out.append(String.format(Locale.ROOT, "  x [shape=plaintext, label=\"x\\n(%d×%d)\"];%n", batch, net.affine1().W().rows()));
        String previous = "x";
        int width = net.affine1().W().rows();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            String id = "L" + i;
            int outWidth = layer instanceof Affine a ? a.W().cols() : width;
            out.append(String.format(Locale.ROOT, "  %s [shape=box, style=\"rounded,filled\", fillcolor=\"#EEF3FA\", label=\"%s\\ncaches %s\"];%n",
                    id, escape(layer.name()), bytes(layer.cachedBytes())));
            edges(out, previous, id, batch + "×" + width);
            previous = id;
            width = outWidth;
        }
        LossLayer loss = net.lossLayer();
        out.append(String.format(Locale.ROOT, "  loss [shape=box, style=\"rounded,filled\", fillcolor=\"#FBEDEB\", label=\"%s\\ncaches %s\"];%n",
                escape(loss.name()), bytes(loss.cachedBytes())));
        edges(out, previous, "loss", batch + "×" + width);
        out.append(String.format(Locale.ROOT, "  t [shape=plaintext, label=\"t\\n(%d labels)\"];%n", batch));
        out.append("  t -> loss [color=\"" + FORWARD + "\"];\n");
        out.append("  L [shape=plaintext, label=\"L\"];\n");
        out.append("  loss -> L [color=\"" + FORWARD + "\"];\n");
        out.append("  L -> loss [color=\"" + BACKWARD + "\", fontcolor=\"" + BACKWARD + "\", label=\"1\", style=dashed];\n");
        return out.append("}\n").toString();
    }

    private static void edges(StringBuilder out, String from, String to, String shape) {
        out.append(String.format(Locale.ROOT, "  %s -> %s [color=\"%s\", label=\"%s\"];%n", from, to, FORWARD, shape));
        out.append(String.format(Locale.ROOT, "  %s -> %s [color=\"%s\", fontcolor=\"%s\", style=dashed, label=\"d %s\"];%n",
                to, from, BACKWARD, BACKWARD, shape));
    }

    private static StringBuilder header(String name) {
        StringBuilder out = new StringBuilder();
        out.append("digraph \"").append(name).append("\" {\n");
        out.append("  rankdir=LR;\n");
        out.append("  graph [fontname=\"Helvetica\", bgcolor=\"white\"];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        return out;
    }

    /**
     * The graph as indented text, root first, children below (a value used twice appears twice,
     * the second time marked "(again)"):
     * <pre>
     * total = 220 (grad 1) ×
     * ├── 200 (grad 1.1) ×
     * │   ├── price = 100 (grad 2.2)
     * │   └── count = 2 (grad 110)
     * └── tax = 1.1 (grad 200)
     * </pre>
     */
    public static String text(Value root) {
        Checks.notNull(root, "root");
        StringBuilder out = new StringBuilder();
        Map<Value, Boolean> shown = new IdentityHashMap<>();
        record Item(Value value, String prefix, String branch) {}
        Deque<Item> stack = new ArrayDeque<>();
        stack.push(new Item(root, "", ""));
        while (!stack.isEmpty()) {
            Item item = stack.pop();
            Value v = item.value();
            boolean again = shown.put(v, Boolean.TRUE) != null;
            out.append(item.prefix()).append(item.branch())
                    .append(v.label().isEmpty() ? "" : v.label() + " = ").append(num(v.data()))
                    .append(" (grad ").append(num(v.grad())).append(')')
                    .append(v.isLeaf() ? "" : " " + v.op())
                    .append(again && !v.isLeaf() ? " (again)" : "").append('\n');
            if (again) continue;
            List<Value> children = v.children();
            String childPrefix = item.prefix() + (item.branch().isEmpty() ? "" : item.branch().startsWith("└") ? "    " : "│   ");
            for (int i = children.size() - 1; i >= 0; i--) { // pushed in reverse, so they pop in order
                stack.push(new Item(children.get(i), childPrefix, i == children.size() - 1 ? "└── " : "├── "));
            }
        }
        return out.toString();
    }

    /**
     * Renders DOT text to {@code file} (PNG or SVG, by its extension) with Graphviz's {@code dot}
     * program. Returns the file, or empty when {@code dot} is not installed; then show
     * {@link #text} instead. The DOT source is always written beside it ({@code .dot}).
     */
    public static Optional<Path> render(String dotText, Path file) {
        return render(dotText, file, "dot");
    }

    /** As {@link #render(String, Path)}, with the program to run named (for tests: one that does not exist). */
    static Optional<Path> render(String dotText, Path file, String program) {
        Checks.notNull(dotText, "dotText");
        Checks.notNull(file, "file");
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!format.equals("png") && !format.equals("svg")) {
            throw new IllegalArgumentException("cannot render " + name + ": name the file .png or .svg");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file.resolveSibling(name.substring(0, dot) + ".dot"), dotText, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write beside " + file, e);
        }
        Process process;
        try {
            process = new ProcessBuilder(program, "-T" + format, "-o", file.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(dotText.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            return Optional.empty();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed on " + name + " (exit " + process.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** Every value reachable from root, numbered in the order first met (explicit stack, no recursion). */
    private static List<Value> reachable(Value root, Map<Value, Integer> ids) {
        List<Value> out = new ArrayList<>();
        Deque<Value> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Value v = stack.pop();
            if (ids.containsKey(v)) continue;
            ids.put(v, ids.size());
            out.add(v);
            for (Value c : v.children()) {
                if (!ids.containsKey(c)) stack.push(c);
            }
        }
        return out;
    }

    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e12) return Long.toString((long) x);
        String s = String.format(Locale.ROOT, "%.4g", x);
        if (s.contains("e")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String bytes(long b) {
        if (b < 1024) return b + " B";
        return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

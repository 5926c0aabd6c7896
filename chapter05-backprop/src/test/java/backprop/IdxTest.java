package backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import toolkit.LabeledData;

/** The IDX reader, on small files the test writes itself (MNIST's own files are not shipped). */
class IdxTest {

    private static byte[] images(int magic, int count, int rows, int cols, int pixelsWritten) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < pixelsWritten; i++) out.writeByte(i * 37 % 256);
        return bytes.toByteArray();
    }

    private static byte[] labels(int magic, int count, int labelsWritten) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        for (int i = 0; i < labelsWritten; i++) out.writeByte(i % 10);
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    @DisplayName("reads 3 images of 2×3 pixels (scaled by 1/255, row by row) and their labels, plain and gzipped")
    void readsImagesAndLabels(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("img"), images(Idx.IMAGES_MAGIC, 3, 2, 3, 18));
        Files.write(dir.resolve("lbl"), labels(Idx.LABELS_MAGIC, 3, 3));
        Files.write(dir.resolve("img.gz"), gzip(images(Idx.IMAGES_MAGIC, 3, 2, 3, 18)));
        Files.write(dir.resolve("lbl.gz"), gzip(labels(Idx.LABELS_MAGIC, 3, 3)));
        for (String suffix : new String[] {"", ".gz"}) {
            LabeledData d = Idx.read("tiny", dir.resolve("img" + suffix), dir.resolve("lbl" + suffix));
            assertThat(d.size()).isEqualTo(3);
            assertThat(d.features()).isEqualTo(6);
            assertThat(d.input(1)[2]).isEqualTo((8 * 37 % 256) / 255.0);
            assertThat(d.labels()).containsExactly(0, 1, 2);
        }
    }

    @Test
    @DisplayName("a wrong magic number is an error that names both numbers (and says when the files are swapped)")
    void wrongMagic(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("lbl"), labels(Idx.LABELS_MAGIC, 3, 3));
        Files.write(dir.resolve("odd"), images(0x00000802, 1, 1, 1, 1));
        assertThatThrownBy(() -> Idx.readImages(dir.resolve("lbl"))).isInstanceOf(IOException.class)
                .hasMessageContaining("0x00000801").hasMessageContaining("label file")
                        .hasMessageContaining("0x00000803");
        assertThatThrownBy(() -> Idx.readLabels(dir.resolve("odd"))).hasMessageContaining("0x00000802")
                .hasMessageContaining("0x00000801");
    }

    @Test
    @DisplayName("truncated files are errors that say what the header promised")
    void truncated(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("img"), images(Idx.IMAGES_MAGIC, 4, 2, 2, 13));
        Files.write(dir.resolve("lbl"), labels(Idx.LABELS_MAGIC, 5, 2));
        Files.write(dir.resolve("header"), new byte[] {0, 0, 8});
        assertThatThrownBy(() -> Idx.readImages(dir.resolve("img"))).hasMessageContaining("truncated")
                .hasMessageContaining("4 images of 2×2")
                .hasMessageContaining("image 3");
        assertThatThrownBy(() -> Idx.readLabels(dir.resolve("lbl"))).hasMessageContaining("truncated")
                .hasMessageContaining("5 labels");
        assertThatThrownBy(() -> Idx.readImages(dir.resolve("header"))).hasMessageContaining("truncated");
    }

    @Test
    @DisplayName("images and labels in different numbers are an error that gives both counts")
    void countMismatch(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("img"), images(Idx.IMAGES_MAGIC, 3, 2, 2, 12));
        Files.write(dir.resolve("lbl"), labels(Idx.LABELS_MAGIC, 4, 4));
        assertThatThrownBy(() -> Idx.read("x", dir.resolve("img"), dir.resolve("lbl"))).hasMessageContaining("3 images")
                .hasMessageContaining("4 labels");
    }
}

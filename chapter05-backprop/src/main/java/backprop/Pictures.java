package backprop;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import toolkit.Checks;

/** The chapter's pictures that are not charts: digits as images, and a confusion matrix as a heat map. */
public final class Pictures {
    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    private Pictures() {}

    /** One 8×8 digit with a caption under it. */
    public record Digit(double[] pixels, String caption) {
        public Digit {
            Checks.notNull(pixels, "pixels");
            Checks.notNull(caption, "caption");
        }
    }

    /**
     * Digits in a grid, each pixel drawn as a {@code scale} × {@code scale} square (ink 1 is black,
     * 0 is white), a caption under each, and a title on top.
     */
    public static BufferedImage digits(String title, List<Digit> digits, int columns, int scale) {
        Checks.notNull(title, "title");
        Checks.notNull(digits, "digits");
        if (digits.isEmpty()) throw new IllegalArgumentException("no digits to draw");
        int side = Digits.SIDE * scale;
        int pad = 14;
        int caption = 22;
        int top = 40;
        int rows = (digits.size() + columns - 1) / columns;
        int width = Math.max(columns * (side + pad) + pad, 360);
        BufferedImage img = new BufferedImage(width, top + rows * (side + caption + pad) + pad / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        centred(g, title, width / 2, 26);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int k = 0; k < digits.size(); k++) {
            double[] p = digits.get(k).pixels();
            if (p.length != Digits.PIXELS) throw new IllegalArgumentException("a digit has 64 pixels, not " + p.length);
            int x0 = pad + (k % columns) * (side + pad);
            int y0 = top + (k / columns) * (side + caption + pad);
            for (int r = 0; r < Digits.SIDE; r++) {
                for (int c = 0; c < Digits.SIDE; c++) {
                    double ink = Math.max(0, Math.min(1, p[r * Digits.SIDE + c]));
                    int grey = (int) Math.round(255 * (1 - ink));
                    g.setColor(new Color(grey, grey, grey));
                    g.fillRect(x0 + c * scale, y0 + r * scale, scale, scale);
                }
            }
            g.setColor(new Color(0x888888));
            g.drawRect(x0, y0, side, side);
            g.setColor(Color.BLACK);
            centred(g, digits.get(k).caption(), x0 + side / 2, y0 + side + 17);
        }
        g.dispose();
        return img;
    }

    /**
     * The confusion matrix as a grid of cells: the count in each, shaded by its share of the true
     * class's samples, blue on the diagonal (right) and red off it (mistakes).
     */
    public static BufferedImage confusion(String title, ConfusionMatrix m) {
        Checks.notNull(title, "title");
        Checks.notNull(m, "m");
        int n = m.classes();
        int cell = 46;
        int left = 70;
        int top = 70;
        int width = left + n * cell + 30;
        int height = top + n * cell + 50;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        int[][] counts = m.counts();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        centred(g, title, width / 2, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        centred(g, "predicted digit", left + n * cell / 2, 48);
        for (int t = 0; t < n; t++) {
            int rowTotal = 0;
            for (int c : counts[t]) rowTotal += c;
            for (int p = 0; p < n; p++) {
                double share = rowTotal == 0 ? 0 : (double) counts[t][p] / rowTotal;
                Color base = t == p ? new Color(0x1F5FAD) : new Color(0xC0392B);
                double strength = t == p ? share : Math.min(1, 4 * share); // mistakes are few: make them visible
                g.setColor(mix(Color.WHITE, base, counts[t][p] == 0 ? 0 : 0.12 + 0.88 * strength));
                g.fillRect(left + p * cell, top + t * cell, cell, cell);
                g.setColor(new Color(0xDDDDDD));
                g.drawRect(left + p * cell, top + t * cell, cell, cell);
                if (counts[t][p] > 0) {
                    g.setColor(t == p && share > 0.5 || t != p && strength > 0.6 ? Color.WHITE : Color.BLACK);
                    centred(g, Integer.toString(counts[t][p]), left + p * cell + cell / 2, top + t * cell + cell / 2 + 5);
                }
            }
            g.setColor(Color.BLACK);
            centred(g, Integer.toString(t), left - 14, top + t * cell + cell / 2 + 5);
            centred(g, Integer.toString(t), left + t * cell + cell / 2, top - 6);
        }
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(new Color(0x444444));
        g.drawRect(left, top, n * cell, n * cell);
        // the vertical axis title, turned
        Graphics2D turned = (Graphics2D) g.create();
        turned.rotate(-Math.PI / 2);
        centred(turned, "true digit", -(top + n * cell / 2), 22);
        turned.dispose();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        centred(g, m.correct() + " of " + m.total() + " right; red cells are the mistakes", left + n * cell / 2, top + n * cell + 30);
        g.dispose();
        return img;
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        return g;
    }

    private static void centred(Graphics2D g, String s, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x - fm.stringWidth(s) / 2, y);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}

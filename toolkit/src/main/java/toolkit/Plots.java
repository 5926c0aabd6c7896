package toolkit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The course's figures, drawn with XChart. Each method returns the chart, so the demos can write
 * it as a PNG ({@link #savePng}) and the notebooks can show it inline ({@link #image}).
 */
public final class Plots {
    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    private Plots() {}

    /** Colours for class 0 and class 1: the points, and (lighter) the regions a classifier assigns. */
    private static final Color[] POINT = {new Color(0xC0392B), new Color(0x1F5FAD)};
    private static final Color[] REGION = {new Color(0xF6D5D1), new Color(0xD3E1F3)};
    private static final Color[] LINE = {new Color(0x222222), new Color(0x8E44AD), new Color(0x16A085), new Color(0xD35400)};

    /**
     * A decision map over a rectangle: the region each class gets from {@code classify}, shaded, and
     * the data points on top (class 0 red circles, class 1 blue diamonds).
     *
     * @param range {xMin, xMax, yMin, yMax}
     */
    public static XYChart decisionMap(String title, LabeledData data, ToIntFunction<double[]> classify, double[] range) {
        Checks.notNull(data, "data");
        Checks.notNull(classify, "classify");
        Checks.notNull(range, "range");
        if (data.features() != 2) {
            throw new IllegalArgumentException("a decision map needs 2 features per sample, but " + data + " has " + data.features());
        }
        if (range.length != 4 || !(range[0] < range[1]) || !(range[2] < range[3])) {
            throw new IllegalArgumentException("range must be {xMin, xMax, yMin, yMax} with min < max");
        }
        XYChart chart = new XYChartBuilder().width(560).height(520).title(title).xAxisTitle("x₁").yAxisTitle("x₂").build();
        style(chart);
        chart.getStyler().setXAxisMin(range[0]).setXAxisMax(range[1]).setYAxisMin(range[2]).setYAxisMax(range[3]);
        chart.getStyler().setMarkerSize(11);

        // The regions, as thick vertical strokes: one per run of equal predictions in a column.
        int columns = 120;
        int rows = 120;
        double dx = (range[1] - range[0]) / columns;
        double dy = (range[3] - range[2]) / rows;
        float stroke = 560f / columns + 1.5f;
        int runsShown = 0;
        for (int c = 0; c < columns; c++) {
            double x = range[0] + (c + 0.5) * dx;
            int start = 0;
            int current = classify.applyAsInt(new double[] {x, range[2] + 0.5 * dy});
            for (int r = 1; r <= rows; r++) {
                int next = r == rows ? -1 : classify.applyAsInt(new double[] {x, range[2] + (r + 0.5) * dy});
                if (next != current) {
                    if (current == 0 || current == 1) {
                        double y0 = range[2] + start * dy;
                        double y1 = range[2] + r * dy;
                        XYSeries run = chart.addSeries("region " + runsShown++, new double[] {x, x}, new double[] {y0, y1});
                        run.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                        run.setMarker(SeriesMarkers.NONE);
                        run.setLineColor(REGION[current]);
                        run.setLineStyle(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                        run.setShowInLegend(false);
                    }
                    start = r;
                    current = next;
                }
            }
        }
        for (int label = 0; label <= 1; label++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (data.label(i) == label) {
                    xs.add(data.input(i)[0]);
                    ys.add(data.input(i)[1]);
                }
            }
            if (xs.isEmpty()) continue;
            XYSeries points = chart.addSeries(data.name() + " = " + label, xs, ys);
            points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            points.setMarker(label == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            points.setMarkerColor(POINT[label]);
        }
        return chart;
    }

    /**
     * Adds the line w₁x₁ + w₂x₂ + b = 0 to a chart, clipped to its x range; a vertical line when w₂ = 0.
     */
    public static XYChart addLine(XYChart chart, String name, double w1, double w2, double b) {
        Checks.notNull(chart, "chart");
        Checks.notNull(name, "name");
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        double xMin = s.getXAxisMin() != null ? s.getXAxisMin() : -1;
        double xMax = s.getXAxisMax() != null ? s.getXAxisMax() : 2;
        double yMin = s.getYAxisMin() != null ? s.getYAxisMin() : -1;
        double yMax = s.getYAxisMax() != null ? s.getYAxisMax() : 2;
        double[] xs;
        double[] ys;
        if (w2 != 0) {
            xs = new double[] {xMin, xMax};
            ys = new double[] {-(w1 * xMin + b) / w2, -(w1 * xMax + b) / w2};
        } else if (w1 != 0) {
            xs = new double[] {-b / w1, -b / w1};
            ys = new double[] {yMin, yMax};
        } else {
            throw new IllegalArgumentException("w₁ = w₂ = 0: the weights define no line");
        }
        int used = (int) chart.getSeriesMap().keySet().stream().filter(k -> !k.startsWith("region ")).count();
        XYSeries line = chart.addSeries(name, xs, ys);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(LINE[used % LINE.length]);
        line.setLineStyle(new BasicStroke(2.5f));
        return chart;
    }

    /** Line plots of several series against 1, 2, 3, ... (for example a loss per epoch). */
    public static XYChart lines(String title, String xTitle, String yTitle, Map<String, double[]> series, boolean logY) {
        Checks.notNull(series, "series");
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart);
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setMarkerSize(5);
        int k = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            double[] ys = Checks.notNull(e.getValue(), "series " + e.getKey());
            if (ys.length == 0) throw new IllegalArgumentException("series " + e.getKey() + " has no values to plot");
            double[] xs = new double[ys.length];
            for (int i = 0; i < xs.length; i++) xs[i] = i + 1;
            XYSeries s = chart.addSeries(e.getKey(), xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(LINE[k++ % LINE.length]);
        }
        return chart;
    }

    /**
     * A histogram of {@code values} with {@code bins} equal bins spanning the data's own range, so
     * nothing is dropped; non-finite values are rejected. When the values are very large or very
     * small, the axis shows them in units of a power of ten, named in the axis title: "a (×10⁸)".
     */
    public static org.knowm.xchart.CategoryChart histogram(String title, String xTitle, double[] values, int bins) {
        Checks.notNull(xTitle, "xTitle");
        Checks.notNull(values, "values");
        if (values.length == 0) throw new IllegalArgumentException("a histogram needs at least one value");
        if (bins < 1) throw new IllegalArgumentException("a histogram needs at least 1 bin, not " + bins);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("cannot draw a histogram of " + v);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (hi == lo) {
            double pad = lo == 0 ? 0.5 : Math.abs(lo) * 1e-3;
            lo -= pad;
            hi += pad;
        }
        double width = (hi - lo) / bins;
        double[] counts = new double[bins];
        for (double v : values) counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;

        double largest = Math.max(Math.abs(lo), Math.abs(hi));
        int exponent = largest >= 1e4 || largest < 1e-2 ? (int) Math.floor(Math.log10(largest)) : 0;
        double unit = Math.pow(10, exponent);
        java.util.List<String> labels = new ArrayList<>();
        int every = Math.max(1, bins / 5);
        // As many decimals as the spacing between labels needs, and no more: short labels never collide.
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(every * width / unit)));
        for (int b = 0; b < bins; b++) {
            double mid = (lo + (b + 0.5) * width) / unit;
            String label = String.format(java.util.Locale.ROOT, "%." + decimals + "f", mid);
            if (label.matches("-0(\\.0+)?")) label = label.substring(1); // a mid just below 0 is "0", not "-0"
            labels.add(b % every == 0 ? label : " ");
        }
        java.util.List<Double> ys = new ArrayList<>();
        for (double c : counts) ys.add(c);
        String axis = exponent == 0 ? xTitle : xTitle.replaceFirst("^(\\S+)", "$1 (×10" + superscript(exponent) + ")");
        org.knowm.xchart.CategoryChart chart = new org.knowm.xchart.CategoryChartBuilder().width(360).height(260)
                .title(title).xAxisTitle(axis).yAxisTitle("count").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setAvailableSpaceFill(1.0);
        chart.getStyler().setXAxisLabelRotation(0);
        chart.addSeries("count", labels, ys).setFillColor(LINE[2]);
        return chart;
    }

    /** −12 as "⁻¹²". */
    static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) s.append(digits.charAt(c - '0'));
        return s.toString();
    }

    /** Several charts in a grid, as one image (rows × cols, filled row by row). */
    public static <T extends org.knowm.xchart.internal.chartpart.Chart<?, ?>> BufferedImage grid(List<T> charts, int rows, int cols) {
        Checks.notNull(charts, "charts");
        if (charts.size() > rows * cols) {
            throw new IllegalArgumentException(charts.size() + " charts do not fit a " + rows + "×" + cols + " grid");
        }
        int w = charts.get(0).getWidth();
        int h = charts.get(0).getHeight();
        BufferedImage out = new BufferedImage(cols * w, rows * h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < charts.size(); i++) {
            g.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), (i % cols) * w, (i / cols) * h, null);
        }
        g.dispose();
        return out;
    }

    /** Writes any image as a PNG file (creating its folder) and returns the path. */
    public static Path savePng(BufferedImage image, Path file) {
        Checks.notNull(image, "image");
        Checks.notNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (!javax.imageio.ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the figure " + file, e);
        }
    }

    /** Any chart (line, category, ...) as an image. */
    public static BufferedImage image(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(Checks.notNull(chart, "chart"));
    }

    /** Writes any chart as a PNG file (creating its folder) and returns the path. */
    public static Path savePng(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) {
        return savePng(image(chart), file);
    }

    private static void style(XYChart chart) {
        Styler s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setAntiAlias(true);
    }

}

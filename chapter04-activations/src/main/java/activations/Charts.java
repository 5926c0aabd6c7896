package activations;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Two charts the toolkit does not have yet, kept here until it does: line charts against a real x
 * axis (toolkit.Plots.lines draws against 1, 2, 3, …), and a histogram whose axis labels stay
 * readable for values like 3·10⁸ or 2·10⁻¹² (toolkit.Plots.histogram labels them "3.0e+08", and
 * such labels run into each other).
 */
public final class Charts {
    private Charts() {}

    private static final Color[] COLOURS = {new Color(0x1F5FAD), new Color(0xC0392B), new Color(0x16A085),
        new Color(0x8E44AD), new Color(0xD35400)};

    /** One line per series, all over the same xs, in the map's order. */
    public static XYChart lines(String title, String xTitle, String yTitle, double[] xs, Map<String, double[]> series) {
        XYChart chart = new XYChartBuilder().width(480).height(360).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Styler s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setAntiAlias(true);
        s.setLegendVisible(series.size() > 1); // one line: the title names it
        int k = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            if (e.getValue().length != xs.length) {
                throw new IllegalArgumentException("series " + e.getKey() + " has " + e.getValue().length + " values for " + xs.length + " x values");
            }
            XYSeries line = chart.addSeries(e.getKey(), xs, e.getValue());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(COLOURS[k % COLOURS.length]);
            line.setLineStyle(new BasicStroke(k == 0 ? 2.5f : 1.8f));
            k++;
        }
        return chart;
    }

    /**
     * A histogram of {@code values} with {@code bins} equal bins spanning the data's own range, so
     * nothing is dropped; non-finite values are rejected. When the values are very large or very
     * small, the axis shows them in units of a power of ten, named in the axis title: "a (×10⁸)".
     */
    public static CategoryChart histogram(String title, String xTitle, double[] values, int bins) {
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
        List<String> labels = new ArrayList<>();
        int every = Math.max(1, bins / 5);
        // As many decimals as the spacing between labels needs, and no more: short labels never collide.
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(every * width / unit)));
        for (int b = 0; b < bins; b++) {
            double mid = (lo + (b + 0.5) * width) / unit;
            labels.add(b % every == 0 ? String.format(Locale.ROOT, "%." + decimals + "f", mid) : " ");
        }
        List<Double> ys = new ArrayList<>();
        for (double c : counts) ys.add(c);
        String axis = exponent == 0 ? xTitle : xTitle.replaceFirst("^(\\S+)", "$1 (×10" + superscript(exponent) + ")");
        CategoryChart chart = new CategoryChartBuilder().width(360).height(260).title(title).xAxisTitle(axis).yAxisTitle("count").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setAvailableSpaceFill(1.0);
        chart.getStyler().setXAxisLabelRotation(0);
        chart.addSeries("count", labels, ys).setFillColor(COLOURS[2]);
        return chart;
    }

    /** −12 as "⁻¹²". */
    static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) s.append(digits.charAt(c - '0'));
        return s.toString();
    }
}

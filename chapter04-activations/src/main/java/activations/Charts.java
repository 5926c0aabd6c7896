package activations;

import static toolkit.Checks.notNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart the toolkit does not have yet, kept here until it does: line charts against a real x
 * axis (toolkit.Plots.lines draws against 1, 2, 3, …). Histograms are toolkit.Plots.histogram.
 */
public final class Charts {
    private Charts() {}

    private static final Color[] COLOURS = {new Color(0x1F5FAD), new Color(0xC0392B), new Color(0x16A085),
        new Color(0x8E44AD), new Color(0xD35400)};

    /** One line per series, all over the same xs, in the map's order. */
    public static XYChart lines(String title, String xTitle, String yTitle, double[] xs, Map<String, double[]> series) {
        notNull(xs, "xs");
        notNull(series, "series");
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
}

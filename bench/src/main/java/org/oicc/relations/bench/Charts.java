package org.oicc.relations.bench;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code bench.png} (each row's req/s over the ceiling's, one bar per size) and {@code bench-scale.png} (query latency by size). */
final class Charts {

    private Charts() {
    }

    static void write(Report report, Path dir) throws IOException {
        List<Integer> sizes = report.rows().stream().map(Report.Row::size).distinct().toList();
        List<String> names = report.rows().stream().map(Report.Row::name).distinct().toList();
        // the ratio to the ceiling, not req/s: runs on a shared machine differ in speed, ratios less
        CategoryChart bars = new CategoryChartBuilder().width(1400).height(700)
                .title("req/s relative to the ceiling (same bytes, same JVM), one run").xAxisTitle("row")
                .yAxisTitle("x ceiling").build();
        bars.getStyler().setXAxisLabelRotation(30);
        bars.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (int size : sizes) {
            List<Double> values = names.stream().map(n -> Targets.row(report.rows(), size, n)
                    .map(r -> r.ratioToCeiling() == null ? 1.0 : r.ratioToCeiling()).orElse(0.0)).toList();
            bars.addSeries(size + " items", names, values);
        }
        BitmapEncoder.saveBitmap(bars, dir.resolve("bench").toString(), BitmapEncoder.BitmapFormat.PNG);

        if (report.scale().isEmpty()) {
            return;
        }
        XYChart lines = new XYChartBuilder().width(900).height(600)
                .title("Uncached query (category + orderBy + limit=20), latency by size").xAxisTitle("organizations")
                .yAxisTitle("ms").build();
        lines.getStyler().setXAxisLogarithmic(true);
        List<Integer> xs = report.scale().stream().map(Report.ScaleRow::size).toList();
        lines.addSeries("p50", xs, report.scale().stream().map(Report.ScaleRow::queryP50Ms).toList());
        lines.addSeries("p95", xs, report.scale().stream().map(Report.ScaleRow::queryP95Ms).toList());
        lines.addSeries("p99", xs, report.scale().stream().map(Report.ScaleRow::queryP99Ms).toList());
        lines.addSeries("relations page first byte", xs, report.scale().stream().map(Report.ScaleRow::relationsFirstByteMs).toList());
        BitmapEncoder.saveBitmap(lines, dir.resolve("bench-scale").toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}

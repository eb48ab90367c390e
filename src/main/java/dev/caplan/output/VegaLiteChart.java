package dev.caplan.output;

import dev.caplan.result.ChartData;
import dev.caplan.result.ChartData.Measure;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart as a Vega-Lite (v5) specification, for people who want it interactive elsewhere: the
 * data inline, one row per series and span, with the exact values ({@code value} expected,
 * {@code firm}, {@code low} and {@code high} for a range; null where unknown, which breaks the
 * line instead of drawing a zero). Levels are step lines ({@code step-after}; a grouped level
 * stacked step areas), flows bars per period, a grouped flow stacked; a tentative part is a paler
 * layer between the firm and the expected value, a range a band or a rule.
 */
public final class VegaLiteChart {
    private static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

    private VegaLiteChart() {
    }

    public static String render(ChartData chart, ChartSize size) {
        ObjectNode spec = JsonTrees.object();
        spec.put("$schema", SCHEMA);
        spec.put("description", "caplan chart: " + chart.title());
        spec.put("title", chart.title());
        spec.put("width", size.width());
        spec.put("height", size.height());
        spec.putObject("data").set("values", rows(chart));
        ArrayNode layers = spec.putArray("layer");
        if (chart.measure() == Measure.FLOW) {
            bars(layers, chart);
        } else {
            steps(layers, chart);
        }
        return JsonTrees.write(spec);
    }

    private static ArrayNode rows(ChartData chart) {
        ArrayNode rows = JsonTrees.object().arrayNode();
        for (ChartData.Series series : chart.series()) {
            for (int i = 0; i < chart.spans().size(); i++) {
                rows.add(row(series, chart.spans().get(i), series.cells().get(i)));
            }
            if (chart.measure() == Measure.LEVEL) {
                // a step-after line ends at its last point: one more at the end of the last span draws the last step
                Heading last = chart.spans().get(chart.spans().size() - 1);
                ObjectNode end = row(series, last, series.cells().get(chart.spans().size() - 1));
                end.put("from", last.days().last().plusDays(1).toString());
                end.putNull("until");
                rows.add(end);
            }
        }
        return rows;
    }

    private static ObjectNode row(ChartData.Series series, Heading span, ResultCell cell) {
        ObjectNode row = JsonTrees.object();
        row.put("series", series.name());
        row.put("stack", series.stack() != null ? series.stack() : series.name());
        row.put("stacked", series.stack() != null);
        row.put("period", span.label());
        row.put("from", span.days().first().toString());
        row.put("until", span.days().last().plusDays(1).toString());
        number(row, "value", cell.value());
        number(row, "firm", cell.firm());
        number(row, "low", cell.hasBounds() ? cell.low() : cell.value());
        number(row, "high", cell.hasBounds() ? cell.high() : cell.value());
        row.put("tentative", cell.tentative());
        row.put("known", cell.isKnown());
        return row;
    }

    private static void number(ObjectNode row, String name, BigDecimal value) {
        if (value == null) {
            row.putNull(name);
        } else {
            row.put(name, Numbers.normalize(value));
        }
    }

    private static void steps(ArrayNode layers, ChartData chart) {
        boolean anyStacked = chart.series().stream().anyMatch(s -> s.stack() != null);
        boolean anySingle = chart.series().stream().anyMatch(s -> s.stack() == null);
        if (anyStacked) {
            ObjectNode area = layer(layers, "area", "datum.stacked");
            area.withObjectProperty("mark").put("interpolate", "step-after");
            ObjectNode encoding = encoding(area, chart);
            encoding.set("y", field("value", "quantitative", unit(chart)).put("stack", "zero"));
        }
        if (anySingle) {
            ObjectNode band = layer(layers, "area", "!datum.stacked");
            band.withObjectProperty("mark").put("interpolate", "step-after").put("opacity", 0.2);
            encoding(band, chart).set("y", field("low", "quantitative", unit(chart)));
            band.withObjectProperty("encoding").set("y2", JsonTrees.object().put("field", "high"));
            ObjectNode tentative = layer(layers, "area", "!datum.stacked");
            tentative.withObjectProperty("mark").put("interpolate", "step-after").put("opacity", 0.35);
            encoding(tentative, chart).set("y", field("firm", "quantitative", unit(chart)));
            tentative.withObjectProperty("encoding").set("y2", JsonTrees.object().put("field", "value"));
            ObjectNode line = layer(layers, "line", "!datum.stacked");
            line.withObjectProperty("mark").put("interpolate", "step-after").put("strokeWidth", 2);
            ObjectNode encoding = encoding(line, chart);
            encoding.set("y", field("value", "quantitative", unit(chart)));
            encoding.set("strokeDash", field("series", "nominal", null));
        }
    }

    private static void bars(ArrayNode layers, ChartData chart) {
        ObjectNode bar = layer(layers, "bar", null);
        ObjectNode encoding = bar.putObject("encoding");
        encoding.set("x", field("period", "ordinal", "period").putNull("sort"));
        encoding.set("xOffset", field("stack", "nominal", null));
        encoding.set("y", field("value", "quantitative", unit(chart)).put("stack", "zero"));
        encoding.set("color", field("series", "nominal", null).putNull("sort"));
        ObjectNode opacity = encoding.putObject("opacity");
        opacity.putObject("condition").put("test", "datum.tentative").put("value", 0.45);
        opacity.put("value", 1);
        ObjectNode rule = layer(layers, "rule", "datum.low !== datum.high");
        ObjectNode whisker = rule.putObject("encoding");
        whisker.set("x", field("period", "ordinal", "period").putNull("sort"));
        whisker.set("xOffset", field("stack", "nominal", null));
        whisker.set("y", field("low", "quantitative", unit(chart)));
        whisker.set("y2", JsonTrees.object().put("field", "high"));
    }

    /** A layer with a mark of {@code type}, and a filter (a Vega expression) when {@code test} is given. */
    private static ObjectNode layer(ArrayNode layers, String type, String test) {
        ObjectNode layer = layers.addObject();
        if (test != null) {
            layer.putArray("transform").addObject().put("filter", test);
        }
        layer.putObject("mark").put("type", type).put("invalid", "break-paths-show-domains");
        return layer;
    }

    /** The time axis and the colour by series, which every layer of a level shares. */
    private static ObjectNode encoding(ObjectNode layer, ChartData chart) {
        ObjectNode encoding = layer.putObject("encoding");
        encoding.set("x", field("from", "temporal", "date"));
        encoding.set("color", field("series", "nominal", null).putNull("sort"));
        return encoding;
    }

    private static ObjectNode field(String name, String type, String title) {
        ObjectNode field = JsonTrees.object().put("field", name).put("type", type);
        return title == null ? field : field.put("title", title);
    }

    private static String unit(ChartData chart) {
        return chart.measure() == Measure.FLOW ? "per " + (chart.per() != null ? chart.per() : "period") : "value on the day";
    }
}

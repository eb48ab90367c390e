package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Engine;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.result.ChartData;
import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import dev.caplan.testing.Golden;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Charts from real models: golden SVG and Vega-Lite files for each kind of mark (a level as step
 * lines, a grouped level stacked, a flow as bars with tentative and unknown months, a range), and
 * their structure read back: a group per series, a legend entry per series, a gap where unknown.
 */
class ChartTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/charts");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** name, model, scenario (or null), expressions, over. */
    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("levels", "models/ijsselland", null, "azc, cno", "2022-01 .. 2024-12 monthly"),
                Arguments.of("stacked-levels", "models/ijsselland", null, "capacity[IJsselland] by kind", "2022-07 .. 2024-06"),
                Arguments.of("flows-tentative-unknown", "examples/target", null, "actual(target[Woerden]), target[Woerden]",
                        "2024-01 .. 2024-12"),
                Arguments.of("range", "models/ijsselland", "optimistic", "azc", "2023-01 .. 2027-12"),
                Arguments.of("level-gap", "examples/target", null, "housed", "2024-01 .. 2024-12"));
    }

    static ChartData chart(String model, String scenario, String expressions, String over) {
        Outcome<Plan> loaded = Engine.load(List.of(Path.of(model)));
        Plan plan = loaded.value();
        assertThat(plan).as("%s loads: %s", model, loaded.diagnostics()).isNotNull();
        if (scenario != null) {
            plan = plan.scenario(scenario).value();
        }
        Outcome<ChartData> chart = plan.chart(expressions, over);
        assertThat(chart.value()).as("chart %s: %s", expressions, chart.diagnostics()).isNotNull();
        return chart.value();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void goldenSvgAndVegaLite(String name, String model, String scenario, String expressions, String over)
            throws IOException {
        ChartData data = chart(model, scenario, expressions, over);
        Golden.assertMatches(GOLDEN.resolve(name + ".svg"), SvgChart.render(data, ChartSize.DEFAULT, "chart"));
        Golden.assertMatches(GOLDEN.resolve(name + ".vl.json"), VegaLiteChart.render(data, ChartSize.DEFAULT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void everySeriesHasItsGroupAndItsLegendEntry(String name, String model, String scenario, String expressions,
                                                 String over) {
        ChartData data = chart(model, scenario, expressions, over);
        Document svg = Jsoup.parse(SvgChart.render(data, ChartSize.DEFAULT, "chart"), "", Parser.xmlParser());
        List<String> names = data.series().stream().map(ChartData.Series::name).toList();
        assertThat(svg.select("g.series").eachAttr("data-series")).containsExactlyElementsOf(names);
        assertThat(svg.select("g.legend-entry text").eachText()).containsExactlyElementsOf(names);
        for (Element series : svg.select("g.series")) {
            assertThat(series.select("path, rect")).as("marks of %s", series.attr("data-series")).isNotEmpty();
        }
        assertThat(svg.select("g.time-axis text")).hasSizeGreaterThan(2);
        assertThat(svg.select("g.value-axis text")).hasSizeGreaterThan(2);
        Set<String> ids = Set.copyOf(svg.select("[id]").eachAttr("id"));
        for (String reference : svg.select("[fill^=url(#]").eachAttr("fill")) {
            assertThat(ids).contains(reference.substring(5, reference.length() - 1));
        }
    }

    @Test
    void aLevelStepsOnItsRealChangeDates() {
        ChartData data = chart("models/ijsselland", null, "azc, cno", "2022-01 .. 2024-12 monthly");
        assertThat(data.measure()).isEqualTo(ChartData.Measure.LEVEL);
        List<String> starts = data.spans().stream().map(s -> s.days().first().toString()).toList();
        assertThat(starts).contains("2022-11-15", "2023-04-01").doesNotContain("2022-02-01");
        assertThat(data.spans().get(data.spans().size() - 1).days().last()).hasToString("2024-12-31");
        int april = starts.indexOf("2023-07-01") >= 0 ? starts.indexOf("2023-07-01") : lastBefore(starts, "2023-07-01");
        ResultCell azc = data.series().get(0).cells().get(april);
        assertThat(azc.value()).isEqualByComparingTo("1965");
        assertThat(azc.firm()).isEqualByComparingTo("1685");
    }

    private static int lastBefore(List<String> starts, String day) {
        int found = -1;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i).compareTo(day) <= 0) {
                found = i;
            }
        }
        return found;
    }

    /** October's report is late: no bar and a dash, never a bar of 0; the tentative target is hatched. */
    @Test
    void anUnknownMonthIsNoBarAndATentativeOneIsHatched() {
        ChartData data = chart("examples/target", null, "actual(target[Woerden]), target[Woerden]", "2024-01 .. 2024-12");
        assertThat(data.measure()).isEqualTo(ChartData.Measure.FLOW);
        assertThat(data.per()).isEqualTo("month");
        assertThat(data.series().get(0).cells().get(9).isKnown()).isFalse();
        Document svg = Jsoup.parse(SvgChart.render(data, ChartSize.DEFAULT, "chart"), "", Parser.xmlParser());
        Element actual = svg.selectFirst("g.series[data-series=actual(target[Woerden])]");
        assertThat(actual.select("rect")).hasSize(10); // 12 months, October and December unknown
        assertThat(actual.select("text.unknown").eachText()).containsExactly("-", "-");
        Element target = svg.selectFirst("g.series[data-series=target[Woerden]]");
        assertThat(target.select("rect.tentative")).hasSize(6);
        assertThat(svg.select("g.legend-note text").eachText()).contains("hatched: tentative", "- : unknown (no bar)");
    }

    /** A line breaks where its value is unknown: one move per known stretch, nothing drawn after September. */
    @Test
    void anUnknownStretchIsAGapInTheLine() {
        ChartData data = chart("examples/target", null, "housed", "2024-01 .. 2024-12");
        Document svg = Jsoup.parse(SvgChart.render(data, ChartSize.DEFAULT, "chart"), "", Parser.xmlParser());
        String path = svg.selectFirst("g.series path.line").attr("d");
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(1);
        assertThat(svg.select("g.legend-note text").eachText()).contains("gap: unknown");
        assertThat(data.series().get(0).cells().get(data.spans().size() - 1).isKnown()).isFalse();
    }

    @Test
    void aRangeIsABand() {
        ChartData data = chart("models/ijsselland", "optimistic", "azc", "2023-01 .. 2027-12");
        assertThat(data.series().get(0).cells().stream().anyMatch(ResultCell::hasBounds)).isTrue();
        Document svg = Jsoup.parse(SvgChart.render(data, ChartSize.DEFAULT, "chart"), "", Parser.xmlParser());
        assertThat(svg.select("g.series rect.range")).isNotEmpty();
        assertThat(svg.select("g.legend-note text").eachText()).contains("band: range");
    }

    /** The shape Vega-Lite needs: a schema, inline data with a row per series and span, and layers with a mark and encodings. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void vegaLiteHasItsRequiredShape(String name, String model, String scenario, String expressions, String over) {
        ChartData data = chart(model, scenario, expressions, over);
        JsonNode spec = JSON.readTree(VegaLiteChart.render(data, ChartSize.DEFAULT));
        assertThat(spec.get("$schema").asString()).isEqualTo("https://vega.github.io/schema/vega-lite/v5.json");
        assertThat(spec.get("width").asInt()).isEqualTo(640);
        JsonNode rows = spec.get("data").get("values");
        int extra = data.measure() == ChartData.Measure.LEVEL ? 1 : 0;
        assertThat(rows.size()).isEqualTo(data.series().size() * (data.spans().size() + extra));
        List<String> series = new ArrayList<>();
        for (JsonNode row : rows) {
            assertThat(row.has("series") && row.has("from") && row.has("value") && row.has("firm")).isTrue();
            assertThat(row.get("value").isNull() || row.get("value").isNumber()).isTrue();
            if (!series.contains(row.get("series").asString())) {
                series.add(row.get("series").asString());
            }
        }
        assertThat(series).containsExactlyElementsOf(data.series().stream().map(ChartData.Series::name).toList());
        assertThat(spec.get("layer").size()).isPositive();
        for (JsonNode layer : spec.get("layer")) {
            assertThat(layer.get("mark").get("type").asString()).isIn("line", "area", "bar", "rule");
            assertThat(layer.get("encoding").get("x")).isNotNull();
            assertThat(layer.get("encoding").get("y")).isNotNull();
        }
    }

    @Test
    void textFromTheModelIsEscapedAndIdsArePrefixed() {
        ChartData data = new ChartData("<script>alert(1)</script> & \"q\"", ChartData.Measure.LEVEL, null,
                List.of(new Heading("2023-01-01", new DayRange(
                        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))),
                List.of(new ChartData.Series("<b>x</b>\u0001", null, List.of(ResultCell.firm(BigDecimal.TEN)))));
        String svg = SvgChart.render(data, ChartSize.DEFAULT, "c-7");
        assertThat(svg).doesNotContain("<script>", "<b>", "\u0001").contains("&lt;b&gt;x&lt;/b&gt;\uFFFD");
        Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(parsed.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("c-7-"));
    }

    @Test
    void tooManySeriesIsAnErrorNotAnUnreadableChart() {
        Plan plan = Engine.load(List.of(Path.of("models/ijsselland"))).value();
        String many = String.join(", ", Collections.nCopies(25, "azc"));
        Outcome<ChartData> chart = plan.chart(many, "2023-01 .. 2023-12");
        assertThat(chart.value()).isNull();
        assertThat(chart.diagnostics().get(0).message()).contains("1 to 24 series");
    }

    @Test
    void levelsAndFlowsDoNotShareAChart() {
        Plan plan = Engine.load(List.of(Path.of("examples/target"))).value();
        Outcome<ChartData> chart = plan.chart("housed, target[Woerden]", "2024-01 .. 2024-12");
        assertThat(chart.value()).isNull();
        assertThat(chart.diagnostics().get(0).message()).contains("levels", "flows", "not both");
    }

    @Test
    void valueTicksAreRoundAndExact() {
        assertThat(ChartScale.valueTicks(BigDecimal.ZERO, new BigDecimal("1965"), 5))
                .extracting(BigDecimal::toPlainString).containsExactly("0", "500", "1000", "1500", "2000");
        assertThat(ChartScale.valueTicks(BigDecimal.ZERO, new BigDecimal("0.3"), 3))
                .extracting(BigDecimal::toPlainString).containsExactly("0", "0.1", "0.2", "0.3");
    }
}

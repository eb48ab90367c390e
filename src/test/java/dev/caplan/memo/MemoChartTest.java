package dev.caplan.memo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Outcome;
import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code chart} line of a memo's block: inline SVG in HTML, an SVG file beside Markdown, errors in place. */
class MemoChartTest {
    private static final Path EXAMPLE = Path.of("examples/memo/memo.md");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @TempDir
    Path scratch;

    private static Memos.Rendered render(Path memo, Memos.Kind kind) {
        Outcome<Memos.Rendered> outcome = Memos.render(memo, new Memos.Settings(kind, null, DAY, false));
        assertThat(outcome.value()).as("%s renders: %s", memo, outcome.diagnostics()).isNotNull();
        return outcome.value();
    }

    private Path memo(String block) throws IOException {
        Path memo = scratch.resolve("memo.md");
        Files.writeString(memo, "---\nmodel: " + Path.of("models/ijsselland").toAbsolutePath() + "\n---\n\n# Charts\n\n"
                + "```caplan\n" + block + "\n```\n", StandardCharsets.UTF_8);
        return memo;
    }

    /** The "done when": the example memo has the step chart of AZC and CNO places over 2022–2024. */
    @Test
    void theExampleMemoHasTheChartOfAzcAndCnoInline() {
        Memos.Rendered rendered = render(EXAMPLE, Memos.Kind.HTML);
        assertThat(rendered.problems()).isEmpty();
        Document page = Jsoup.parse(rendered.text());
        Element figure = page.selectFirst("figure.chart");
        assertThat(figure).isNotNull();
        Element svg = figure.selectFirst("svg");
        assertThat(svg.attr("width")).isEqualTo("640");
        assertThat(svg.select("g.series").eachAttr("data-series")).containsExactly("azc", "cno");
        assertThat(svg.select("g.legend-entry").eachText()).containsExactly("azc", "cno");
        assertThat(svg.select("g.series path.line")).hasSize(2);
        assertThat(svg.select("g.time-axis text").eachText()).contains("2022-01", "2023-01", "2024-01");
        assertThat(svg.select("g.series rect.tentative")).isNotEmpty();
    }

    @Test
    void aSizeOnTheLineSizesTheChart() throws IOException {
        Document page = Jsoup.parse(render(memo("chart azc over 2023-01 .. 2023-12 size 480x240"), Memos.Kind.HTML).text());
        Element svg = page.selectFirst("figure.chart svg");
        assertThat(svg.attr("width")).isEqualTo("480");
        assertThat(svg.attr("height")).isEqualTo("240");
    }

    @Test
    void twoChartsOnAPageHaveTheirOwnIds() throws IOException {
        Document page = Jsoup.parse(render(memo("chart azc over 2023-01 .. 2023-12\nchart cno over 2023-01 .. 2023-12"),
                Memos.Kind.HTML).text());
        assertThat(page.select("figure.chart")).hasSize(2);
        assertThat(page.select("svg [id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void inMarkdownEachChartIsAnSvgFileLinkedBesideIt() throws IOException {
        Memos.Rendered rendered = render(memo("chart azc, cno over 2022-01 .. 2024-12\nchart cno over 2023-01 .. 2023-06"),
                Memos.Kind.MARKDOWN);
        assertThat(rendered.charts()).containsOnlyKeys("memo-chart-1.svg", "memo-chart-2.svg");
        assertThat(rendered.text()).contains("![azc, cno over 2022-01 .. 2024-12](memo-chart-1.svg)",
                "![cno over 2023-01 .. 2023-06](memo-chart-2.svg)");
        assertThat(rendered.charts().get("memo-chart-1.svg")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void renderWritesTheChartsBesideTheMarkdown() throws IOException {
        Path out = scratch.resolve("out.md");
        CliRun run = CliRun.of("render", memo("chart azc over 2023-01 .. 2023-12").toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("(out-chart-1.svg)");
        assertThat(Files.readString(scratch.resolve("out-chart-1.svg"))).contains("data-series=\"azc\"");
    }

    @Test
    void aChartWithoutPeriodsOrWithABadSizeIsShownAsAnErrorInPlace() throws IOException {
        Memos.Rendered rendered = render(memo("chart azc\nchart azc over 2023-01 .. 2023-12 size 10x10"), Memos.Kind.HTML);
        assertThat(rendered.problems()).hasSize(2);
        assertThat(rendered.problems().get(0).message()).contains("chart needs expressions and the periods");
        assertThat(rendered.problems().get(1).message()).contains("a chart's size is WIDTHxHEIGHT", "not '10x10'");
        assertThat(Jsoup.parse(rendered.text()).select("div.failure")).hasSize(2);
    }

    /** A mistake in a chart's expressions points at its line and column in the memo. */
    @Test
    void anUnknownNameInAChartPointsIntoTheMemo() throws IOException {
        Memos.Rendered rendered = render(memo("chart azc, cnx over 2023-01 .. 2023-12"), Memos.Kind.HTML);
        assertThat(rendered.problems()).hasSize(1);
        assertThat(rendered.problems().get(0).span().line()).isEqualTo(8);
        assertThat(rendered.problems().get(0).span().column()).isEqualTo(12);
        assertThat(rendered.problems().get(0).message()).contains("unknown name 'cnx'");
    }
}

package dev.caplan.memo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Outcome;
import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memos as a reader sees them: the example memo's HTML and Markdown (golden, with a fixed render
 * date and no commit, so they do not change from commit to commit), each kind of block and inline
 * value read back from the HTML with jsoup, errors shown in place, the staleness check, and model
 * text escaped.
 */
class MemoRenderTest {
    private static final Path EXAMPLE = Path.of("examples/memo/memo.md");
    private static final Path CASES = Path.of("src/test/resources/cases/memo");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/memo");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @TempDir
    Path scratch;

    private static Memos.Rendered render(Path memo, Memos.Kind kind, String scenario) {
        Outcome<Memos.Rendered> outcome = Memos.render(memo, new Memos.Settings(kind, scenario, DAY, false));
        assertThat(outcome.value()).as("%s renders: %s", memo, outcome.diagnostics()).isNotNull();
        return outcome.value();
    }

    private static Document html(Path memo) {
        Memos.Rendered rendered = render(memo, Memos.Kind.HTML, null);
        assertThat(rendered.problems()).isEmpty();
        return Jsoup.parse(rendered.text());
    }

    @Test
    void exampleMemoAsHtmlAndMarkdown() throws IOException {
        Memos.Rendered html = render(EXAMPLE, Memos.Kind.HTML, null);
        Memos.Rendered markdown = render(EXAMPLE, Memos.Kind.MARKDOWN, null);
        assertThat(html.problems()).isEmpty();
        assertThat(markdown.problems()).isEmpty();
        Golden.assertMatches(GOLDEN.resolve("memo.html"), html.text());
        Golden.assertMatches(GOLDEN.resolve("memo.md"), markdown.text());
    }

    @Test
    void theExampleMemoIsSelfContainedAndStamped() {
        Document page = html(EXAMPLE);
        assertThat(page.select("script, link, img, iframe, object")).isEmpty();
        assertThat(page.select("style").html()).contains("@media print");
        assertThat(page.select("footer.stamp").text()).matches("Rendered by caplan on 2026-01-15 from model "
                + "[0-9a-f]{12}, scenario base\\.");
        assertThat(page.title()).isEqualTo("Regionaal Opvangplan IJsselland: AZC-plekken en crisisnoodopvang");
        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
    }

    /** The conclusion: 1965 (tentative) against 1836, both computed, written the Dutch way (lang: nl). */
    @Test
    void theConclusionSentenceHasItsNumbersComputed() {
        Document page = html(EXAMPLE);
        Element conclusion = page.select("p:contains(voldoet IJsselland met)").first();
        assertThat(conclusion).isNotNull();
        Elements values = conclusion.select("span.value");
        assertThat(values.eachText()).containsExactly("1.965?", "1.836?");
        assertThat(values.get(0).hasClass("tentative")).isTrue();
        assertThat(values.get(0).attr("title")).isEqualTo("telt voorlopige waarden mee; vast: 1.685");
    }

    @Test
    void aReportBlockIsTheReport() {
        Element table = html(CASES.resolve("blocks.md")).selectFirst("table[data-report=table_a]");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Table A: AZC locations");
        assertThat(table.select("thead th").eachText()).containsExactly("location", "2023-01-01", "2023-07-01");
        assertThat(table.select("tbody tr")).hasSize(8);
        assertThat(table.select("tfoot td").eachText()).containsExactly("1665", "1965?");
        assertThat(table.nextElementSibling().text()).isEqualTo("? = counts tentative values (firm value differs)");
    }

    @Test
    void aQueryBlockIsTheQuerysTable() {
        Document page = html(CASES.resolve("blocks.md"));
        Element table = page.select("table.report").get(1);
        assertThat(table.select("thead th.num").eachText()).hasSize(3);
        assertThat(table.select("tbody th").eachText()).contains("AZC", "CNO");
        assertThat(table.select("td").attr("data-line")).isEqualTo("16");
    }

    @Test
    void aChecksBlockShowsTheVerdictAndTheFindings() {
        Element checks = html(CASES.resolve("blocks.md")).selectFirst("div.checks");
        assertThat(checks.selectFirst(".verdict").text())
                .isEqualTo("2 checks and 13 reported figures: 1 check fails, 4 warnings");
        assertThat(checks.select("li.error")).hasSize(1);
        assertThat(checks.selectFirst("li.error").text()).contains("check 'AZC places meet the quota' fails on "
                + "2024-01-01", "checks.caplan:9 [E-CHECK-FAILED]");
        assertThat(checks.select("li.warning")).hasSize(4);
    }

    @Test
    void anExplainBlockIsTheTree() {
        Element tree = html(CASES.resolve("blocks.md")).selectFirst("pre.explain");
        assertThat(tree.text()).startsWith("azc = 1965? (firm: 1685)")
                .contains("ROL Zwolle (Zwolle, ROL) = 300: capacity 300 from 2023-04-01 until 2026-02-01");
    }

    @Test
    void inlineValuesCarryTheirMarks() {
        Document page = html(CASES.resolve("blocks.md"));
        Element tentative = page.selectFirst("span.value[data-figure=azc at 2023-07-01]");
        assertThat(tentative.text()).isEqualTo("1965?");
        assertThat(tentative.hasClass("tentative")).isTrue();
        Element unknown = page.selectFirst("span.value[data-figure^=actual(status_holders]");
        assertThat(unknown.text()).isEqualTo("-");
        assertThat(unknown.hasClass("unknown")).isTrue();
        Document optimistic = Jsoup.parse(render(CASES.resolve("blocks.md"), Memos.Kind.HTML, "optimistic").text());
        assertThat(optimistic.selectFirst("span.value[data-figure=azc at 2023-07-01]").text())
                .isEqualTo("2185 (2085–2285)");
        assertThat(optimistic.selectFirst("footer.stamp").text()).endsWith("scenario optimistic.");
    }

    @Test
    void anErrorInABlockIsShownInPlaceAndExits65() throws IOException {
        Path out = scratch.resolve("bad.html");
        CliRun run = CliRun.of("render", CASES.resolve("bad-block.md").toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("bad-block.md:9:1: error: no report named 'table_z' [E-MEMO]",
                "bad-block.md:12:17: error: unknown name 'azd' [E-UNKNOWN-NAME]", "2 errors");
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(page.select("table[data-report=table_a]")).hasSize(1);
        Element failure = page.selectFirst("div.failure");
        assertThat(failure.text()).contains("no report named 'table_z'", "did you mean 'table_a'?");
        assertThat(failure.previousElementSibling().previousElementSibling().is("table")).isTrue();
        assertThat(page.selectFirst("span.failure").text()).contains("{{ azd at 2023-07-01 }}",
                "unknown name 'azd' [E-UNKNOWN-NAME]");
    }

    @Test
    void theCommittedExampleIsFresh() {
        CliRun run = CliRun.of("render", "--check", EXAMPLE.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("fresh: examples/memo/memo.html shows what the model gives now\n");
        assertThat(run.exitCode()).isZero();
    }

    /** ROL Zwolle gets 400 places instead of 300 in a copy: Table A's total and the sentences go stale. */
    @Test
    void aPlanChangeMakesTheCommittedMemoStale() throws IOException {
        Path models = scratch.resolve("models/ijsselland");
        TestFiles.copyTree(Path.of("models/ijsselland"), models);
        Path memo = scratch.resolve("examples/memo/memo.md");
        Files.createDirectories(memo.getParent());
        Files.copy(EXAMPLE, memo);
        Files.copy(Path.of("examples/memo/memo.html"), memo.resolveSibling("memo.html"));
        Path azc = models.resolve("azc.caplan");
        String before = Files.readString(azc, StandardCharsets.UTF_8);
        String after = before.replace("capacity 300 from 2023-04-01 until 2026-02-01",
                "capacity 400 from 2023-04-01 until 2026-02-01");
        assertThat(after).isNotEqualTo(before);
        Files.writeString(azc, after, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("render", "--check", memo.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(
                memo + ":31: table_a: ROL Zwolle, 2023-07-01: 300 -> 400\n",
                memo + ":31: table_a: total, 2023-07-01: 1.965? -> 2.065?\n",
                memo + ":35: azc at 2023-07-01: 1.965? -> 2.065?\n",
                memo + ":59: checks: 2 checks and 13 reported figures: 1 check fails, 4 warnings -> 2 checks and 13 "
                        + "reported figures: 1 check fails, 5 warnings\n",
                memo + ":65: azc at 2023-07-01: 1.965? -> 2.065?\n",
                "stale: ");
        assertThat(run.out()).doesNotContain("table_a: total, 2023-01-01");
    }

    @Test
    void textFromTheModelIsEscaped() throws IOException {
        Path model = scratch.resolve("model.caplan");
        Files.writeString(model, """
                country Freedonia
                province Northshire in Freedonia
                region Riverland in Northshire
                municipality Brookhaven in Riverland
                kind AZC "asylum seekers' centre"
                location "<script>alert(1)</script>" in Brookhaven kind AZC {
                  capacity 400 from 2023-01-01
                }
                report places "<b>places</b> & more" {
                  rows capacity[Freedonia] by location
                  columns 2023-01-01
                }
                """, StandardCharsets.UTF_8);
        Path memo = scratch.resolve("memo.md");
        Files.writeString(memo, "---\nmodel: model.caplan\n---\n\n# Escaping <i>raw</i>\n\n```caplan\nreport places\n```\n",
                StandardCharsets.UTF_8);
        Document page = Jsoup.parse(render(memo, Memos.Kind.HTML, null).text());
        assertThat(page.select("script, b, i")).isEmpty();
        assertThat(page.selectFirst("tbody th").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.selectFirst("caption").text()).isEqualTo("<b>places</b> & more");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Escaping <i>raw</i>");
        String markdown = render(memo, Memos.Kind.MARKDOWN, null).text();
        assertThat(markdown).contains("| \\<script\\>alert(1)\\</script\\> | 400 |", "**\\<b\\>places\\</b\\> \\& more**");
    }

    /**
     * Every number of Tables A–D in the example is what {@code caplan eval --format csv} gives, cell for
     * cell; the memo is Dutch ({@code 1.965?}, columns {@code 1 juli 2023}), so a cell's column is taken
     * from its {@code data-figure}, which keeps the column's own label.
     */
    @Test
    void everyTableCellEqualsTheCsvOutput() {
        CliRun csv = CliRun.of("eval", "models/ijsselland", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        Map<String, List<String>> expected = new HashMap<>();
        for (String line : csv.out().lines().skip(1).toList()) {
            List<String> fields = csvFields(line);
            expected.put(fields.get(0) + "|" + fields.get(1) + "|" + fields.get(2), fields);
        }
        Document page = html(EXAMPLE);
        Set<String> reports = new HashSet<>();
        int cells = 0;
        for (Element table : page.select("table[data-report]")) {
            String report = table.attr("data-report");
            if (!report.startsWith("table_")) {
                continue; // a query's table, not a report
            }
            reports.add(report);
            for (Element row : table.select("tbody tr, tfoot tr")) {
                List<String> texts = row.select("td").stream().map(Element::text).toList();
                for (int i = 0; i < texts.size(); i++) {
                    String figure = row.select("td").get(i).attr("data-figure");
                    String column = figure.substring(figure.lastIndexOf(", ") + 2);
                    String key = report + "|" + row.selectFirst("th").text() + "|" + column;
                    List<String> fields = expected.get(key);
                    assertThat(fields).as("CSV has %s", key).isNotNull();
                    String shown = texts.get(i);
                    Element td = row.select("td").get(i);
                    if (fields.get(5).isEmpty()) {
                        assertThat(shown).as(key).isEqualTo("-");
                    } else {
                        assertThat(new BigDecimal(shown.replaceAll("[?*]$", "").replace(".", "").replace(',', '.'))).as(key)
                                .isEqualByComparingTo(new BigDecimal(fields.get(5)));
                    }
                    assertThat(td.hasClass("tentative")).as(key).isEqualTo(Boolean.parseBoolean(fields.get(7)));
                    cells++;
                }
            }
        }
        assertThat(reports).containsExactlyInAnyOrder("table_a", "table_b", "table_c", "table_d");
        assertThat(cells).isEqualTo(expected.size());
    }

    /** The memo example of docs/language.md renders without a problem. */
    @Test
    void theLanguageReferenceMemoExampleRenders() throws IOException {
        String doc = Files.readString(Path.of("docs/language.md"), StandardCharsets.UTF_8);
        String start = "<!-- memo example -->\n```markdown\n";
        int from = doc.indexOf(start);
        assertThat(from).as("the memo example in docs/language.md").isNotNegative();
        String example = doc.substring(from + start.length(), doc.indexOf("\n```\n", from + start.length()) + 1);
        Path memo = Path.of("target/docs-memo/memo.md"); // two folders down, like examples/memo: ../../models
        Files.createDirectories(memo.getParent());
        Files.writeString(memo, example, StandardCharsets.UTF_8);
        Memos.Rendered rendered = render(memo, Memos.Kind.HTML, null);
        assertThat(rendered.problems()).isEmpty();
        assertThat(Jsoup.parse(rendered.text()).select("span.value").eachText()).contains("1.965?", "1.836?");
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

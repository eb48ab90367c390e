package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Visible;
import dev.caplan.result.Explanation;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultTable;
import dev.caplan.result.ValueChange;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names a model may hold (a quoted name takes any character but a quote, a backslash and a line
 * break) never attack whoever reads the output: no escape code or bidi override reaches a terminal
 * raw, no HTML or Markdown in a name acts in Markdown, no cell becomes a spreadsheet formula.
 */
class HostileNamesTest {
    /** ESC (an OSC that retitles the terminal), BEL, a right-to-left override, a line separator and NUL. */
    static final String HOSTILE = "\u001b]0;pwned\u0007 \u202eevil\u2028x\u0000";
    static final String SHOWN = "\\x1b]0;pwned\\x07 \\u202eevil\\u2028x\\x00";

    private static ResultTable table(String... labels) {
        return new ResultTable("r", "Title " + HOSTILE, "location", List.of(Fixtures.day("2023-01-01")),
                Arrays.stream(labels).map(label -> Fixtures.row(label, Fixtures.firm("5"))).toList(),
                Fixtures.row("total", Fixtures.firm("-5")));
    }

    @Test
    void tableShowsInvisibleCharactersEscapedAndKeepsItsColumns() {
        String out = Renderers.of(Format.TABLE).render(List.of(table(HOSTILE, "Zwolle")));
        assertThat(out).isEqualTo("Title " + SHOWN + " (r)\n"
                + "location                                2023-01-01\n"
                + SHOWN + "           5\n"
                + "Zwolle                                           5\n"
                + "--------------------------------------------------\n"
                + "total                                           -5\n");
        assertNoRawControls(out);
    }

    @Test
    void aScalarAnswerIsEscapedToo() {
        ResultTable scalar = new ResultTable("q", HOSTILE, "location", List.of(Fixtures.day("2023-01-01")),
                List.of(Fixtures.row(HOSTILE, Fixtures.firm("1"))), null);
        assertThat(Renderers.of(Format.TABLE).render(List.of(scalar))).isEqualTo(SHOWN + " on 2023-01-01\n1\n");
    }

    @Test
    void markdownEscapesInvisibleCharactersHtmlAndItsOwnCharacters() {
        String out = Renderers.of(Format.MARKDOWN).render(List.of(table(HOSTILE, "<script>alert(1)</script>",
                "a|b *c* _d_ `e` [f](g) ~~h~~ & \\")));
        assertThat(out).isEqualTo("### Title \\\\x1b\\]0;pwned\\\\x07 \\\\u202eevil\\\\u2028x\\\\x00\n\n"
                + "| location | 2023-01-01 |\n"
                + "|---|---:|\n"
                + "| \\\\x1b\\]0;pwned\\\\x07 \\\\u202eevil\\\\u2028x\\\\x00 | 5 |\n"
                + "| &lt;script&gt;alert(1)&lt;/script&gt; | 5 |\n"
                + "| a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~\\~h\\~\\~ &amp; \\\\ | 5 |\n"
                + "| **total** | **-5** |\n");
        assertNoRawControls(out);
        assertThat(out).doesNotContain("<script>");
    }

    @Test
    void csvNeutralisesCellsASpreadsheetWouldTakeForAFormula() {
        String out = Renderers.of(Format.CSV).render(List.of(new ResultTable("=cmd|' /C calc'!A0", null, "location",
                List.of(Heading.of("-2023")), List.of(Fixtures.row("=1+1", Fixtures.firm("-5")), Fixtures.row("@SUM(A1)", Fixtures.firm("1")),
                        Fixtures.row("+1", Fixtures.firm("2")), Fixtures.row("-1+1", Fixtures.firm("-0.5")),
                        Fixtures.row("\t=1", Fixtures.firm("3")), Fixtures.row("\r=1", Fixtures.firm("4")),
                        Fixtures.row("a=1", new ResultCell(new BigDecimal("-1"), new BigDecimal("-2"),
                                new BigDecimal("-3"), new BigDecimal("-4"), false))), null)));
        assertThat(out).isEqualTo("""
                report,row,column,first,last,value,firm,tentative,low,high,partial
                '=cmd|' /C calc'!A0,'=1+1,'-2023,,,-5,-5,false,,,false
                '=cmd|' /C calc'!A0,'@SUM(A1),'-2023,,,1,1,false,,,false
                '=cmd|' /C calc'!A0,'+1,'-2023,,,2,2,false,,,false
                '=cmd|' /C calc'!A0,'-1+1,'-2023,,,-0.5,-0.5,false,,,false
                '=cmd|' /C calc'!A0,\\x09=1,'-2023,,,3,3,false,,,false
                '=cmd|' /C calc'!A0,\\x0d=1,'-2023,,,4,4,false,,,false
                '=cmd|' /C calc'!A0,a=1,'-2023,,,-1,-2,true,-3,-4,false
                """);
    }

    /** The rule of the table format, then the formula guard: {@code cat out.csv} runs no escape code. */
    @Test
    void csvShowsInvisibleCharactersEscaped() {
        String out = Renderers.of(Format.CSV).render(List.of(table(HOSTILE, "-\u001b[2J", "a\u009b31mb")));
        assertThat(out).isEqualTo("""
                report,row,column,first,last,value,firm,tentative,low,high,partial
                r,%s,2023-01-01,2023-01-01,2023-01-01,5,5,false,,,false
                r,'-\\x1b[2J,2023-01-01,2023-01-01,2023-01-01,5,5,false,,,false
                r,a\\u009b31mb,2023-01-01,2023-01-01,2023-01-01,5,5,false,,,false
                r,total,2023-01-01,2023-01-01,2023-01-01,-5,-5,false,,,false
                """.formatted(SHOWN));
        assertNoRawControls(out);
    }

    @Test
    void jsonStaysAsItIsSinceItEscapesControlsItself() {
        String out = Renderers.of(Format.JSON).render(List.of(table(HOSTILE)));
        assertThat(out).contains("\"label\" : \"\\u001B]0;pwned\\u0007 \u202eevil\u2028x\\u0000\"".replace(" : ", ": "));
    }

    @Test
    void explanationsProseAndChartsEscapeNames() {
        ResultCell five = Fixtures.firm("5");
        Explanation tree = new Explanation(new Explanation.Value("capacity[" + HOSTILE + "]", five), "m.caplan:1:1",
                List.of(Explanation.leaf(new Explanation.Places(HOSTILE, "M", "K", BigDecimal.TEN, null, null, false,
                        "capacity 10"), null), Explanation.leaf(new Explanation.Note(HOSTILE), null)));
        String explained = Explanations.render(tree);
        assertThat(explained).contains("capacity[" + SHOWN + "] = 5", "├─ " + SHOWN + " (M, K) = 10", "└─ " + SHOWN);
        assertNoRawControls(explained);

        String changes = Prose.changes(List.of(ValueChange.ofDefinition(HOSTILE, "2023-01-01", five, five),
                ValueChange.ofReportCell("r", HOSTILE, "2023-01-01", five, five)));
        assertThat(changes).isEqualTo("  " + SHOWN + ": 5 → 5 from 2023-01-01\n  r " + SHOWN + " 2023-01-01: 5 → 5\n");

        String chart = BarChart.render(List.of(table(HOSTILE, "Zwolle")));
        assertThat(chart).contains("▓ Zwolle", "█ " + SHOWN);
        assertNoRawControls(chart);
    }

    /** Nothing a terminal would act on: no C0 or C1 control but the line break, no bidi control, no separator. */
    static void assertNoRawControls(String out) {
        assertThat(out.codePoints().filter(c -> c != '\n' && Visible.isInvisible(c)).toArray()).isEmpty();
    }
}

package dev.caplan.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical text of the printer: parentheses, quoting, table layout and a whole model. */
class PrinterTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (a + b) * c                  | (a + b) * c
            a + b * c                    | a + b * c
            (a * b) + c                  | a * b + c
            a - (b - c)                  | a - (b - c)
            (a - b) - c                  | a - b - c
            a / (b * c)                  | a / (b * c)
            a * b / c                    | a * b / c
            -(a + b)                     | -(a + b)
            (-a) * b                     | -a * b
            -(a * b)                     | -(a * b)
            a - -b                       | a - -b
            -(-a)                        | --a
            (a + b) at 2023-01-01        | a + b at 2023-01-01
            a + (b at 2023-01-01)        | a + (b at 2023-01-01)
            (a at 2023) + b              | (a at 2023) + b
            (a + b) by kind              | a + b by kind
            (a by kind) at 2023-H1       | a by kind at 2023-H1
            (a at 2023-H1) by kind       | (a at 2023-H1) by kind
            -(a by location)             | -(a by location)
            (a < b) = (c > 1)            | a < b = (c > 1)
            a <= b + c                   | a <= b + c
            (a != b) * 2                 | (a != b) * 2
            ((((1_000.50?))))            | 1000.50?
            average(x over 2023-01 .. 2023-06) | average(x over 2023-01 .. 2023-06)
            min( (a + b) , c,2)          | min(a + b, c, 2)
            f(a at 2023 over 2023-H1 .. 2024-H2 half-yearly) | f(a at 2023 over 2023-H1 .. 2024-H2 half-yearly)
            capacity                     | capacity
            capacity[IJsselland,kind in(AZC,NO),location!=X,kind not in(CNO)] | capacity[IJsselland, kind in (AZC, NO), location != X, kind not in (CNO)]
            capacity[group = IBO, table = "grid 2"] | capacity[group = IBO, table = "grid 2"]
            """)
    void parenthesesWherePrecedenceNeedsThem(String input, String expected) {
        assertThat(Printer.print(expr(input))).isEqualTo(expected);
    }

    @Test
    void unaryMinusBindsTighterThanMultiplication() {
        assertThat(expr("-a * b")).isInstanceOf(Expr.Binary.class);
        assertThat(expr("-(a * b)")).isInstanceOf(Expr.Negate.class);
    }

    @Test
    void namesAreQuotedWhenTheyMustBeOrWere() {
        assertThat(Printer.print(expr("\"Olst-Wijhe\" + \"Upper Wick\" + \"kind\" + \"Zwolle\" + Zwolle")))
                .isEqualTo("\"Olst-Wijhe\" + \"Upper Wick\" + \"kind\" + \"Zwolle\" + Zwolle");
        assertThat(Printer.print(expr("capacity[\"at\", area = \"say \\\"hi\\\" \\\\ bye\"]")))
                .isEqualTo("capacity[\"at\", area = \"say \\\"hi\\\" \\\\ bye\"]");
    }

    @Test
    void namesBuiltWithoutQuotesAreQuotedWhenNotBare() {
        Expr reference = new Expr.Reference(new Name("Olst-Wijhe", false, null), null);
        Expr keyword = new Expr.Reference(new Name("total", false, null), null);
        assertThat(Printer.print(new Expr.Binary(BinaryOp.ADD, reference, keyword, null)))
                .isEqualTo("\"Olst-Wijhe\" + \"total\"");
    }

    @Test
    void gridTableIsAlignedInColumns() {
        String input = """
                table t kind CNO until 2024 {
                2023-01-01 2023-Q2 2023
                Ashford 5 1_000 -
                "Upper Wick" in Bramley - 20? 3.5
                }
                """;
        assertThat(Printer.print(file(input))).isEqualTo("""
                table t kind CNO until 2024 {
                                          2023-01-01 2023-Q2 2023
                  Ashford                          5    1000    -
                  "Upper Wick" in Bramley          -     20?  3.5
                }
                """);
    }

    @Test
    void wholeModelInCanonicalForm() {
        String input = """
                import "areas.caplan"   # comments are not kept
                country   Ruritania
                municipality Portmouth,"Old-Town" in Ruritania
                kind NO "emergency \\"reception\\"", AZC
                group IBO
                location "Harbour Hotel" in Portmouth kind NO { capacity 120 from 2023-01-01 until 2023-02-15
                  capacity 50? during 2023-Q3 group IBO 10 note "a \\\\ b" }
                let riverland = capacity[Portmouth, kind = NO]
                let half = riverland / 2
                report quarters "Places, per quarter" { rows riverland by location as "all"
                  columns 2023-Q1 .. 2023-Q4, 2024 aggregate average total "Sum" }
                report empty { }
                """;
        assertThat(Printer.print(file(input))).isEqualTo("""
                import "areas.caplan"

                country Ruritania
                municipality Portmouth, "Old-Town" in Ruritania

                kind NO "emergency \\"reception\\"", AZC

                group IBO

                location "Harbour Hotel" in Portmouth kind NO {
                  capacity 120 from 2023-01-01 until 2023-02-15
                  capacity 50? during 2023-Q3
                  group IBO 10
                  note "a \\\\ b"
                }

                let riverland = capacity[Portmouth, kind = NO]
                let half = riverland / 2

                report quarters "Places, per quarter" {
                  rows riverland by location as "all"
                  columns 2023-Q1 .. 2023-Q4, 2024
                  aggregate average
                  total "Sum"
                }

                report empty {
                }
                """);
    }

    @Test
    void emptyFilePrintsAsNothing() {
        assertThat(Printer.print(List.of())).isEmpty();
    }

    private static Expr expr(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Expr expr = ModelParser.parseExpr(SourceFile.ofText("test", text), diagnostics);
        assertThat(diagnostics.all()).as("diagnostics of %s", text).isEmpty();
        return expr;
    }

    private static List<Item> file(String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<Item> items = ModelParser.parseFile(SourceFile.ofText("test.caplan", text), diagnostics).items();
        assertThat(diagnostics.all()).as("diagnostics of %s", text).isEmpty();
        return items;
    }
}

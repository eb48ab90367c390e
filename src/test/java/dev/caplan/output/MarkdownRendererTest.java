package dev.caplan.output;

import static dev.caplan.output.Fixtures.firm;
import static dev.caplan.output.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.Heading;
import dev.caplan.result.ResultTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final Renderer renderer = Renderers.of(Format.MARKDOWN);

    @Test
    void rendersPipeTableWithBoldTotalAndFootnote() {
        assertThat(renderer.render(List.of(Fixtures.capacity()))).isEqualTo("""
                ### Reception capacity

                | location | 2023-01-01 | 2023-Q1 |
                |---|---:|---:|
                | Zwolle (Lumen) | 550 | 214.3 |
                | Olst-Wijhe/Raalte | 100? | 1000 |
                | Kampen, "De Vest" | 0.3333 | 0 |
                | **total** | **650.3333?** | **1214.3** |

                ? = counts tentative values (firm value differs)
                """);
    }

    @Test
    void headsFirmTableWithItsNameAndSeparatesTables() {
        String intake = """
                ### intake

                | kind | value |
                |---|---:|
                | adults | 12 |
                | minors | 3.5 |
                """;
        assertThat(renderer.render(List.of(Fixtures.intake(), Fixtures.intake())))
                .isEqualTo(intake + "\n" + intake);
    }

    @Test
    void writesEachRowInItsFormat() {
        assertThat(renderer.render(List.of(Fixtures.formatted()))).isEqualTo("""
                ### memo

                |  | 2023-H1 | 2023-H2 |
                |---|---:|---:|
                | share | 50.0 %? | 82.0 %\\* |
                | bounded | - | 50.0 % (40.0–60.0 %) |
                | places | 75.500 | 1.596.163,5 |
                | **total** | **75,501.5** | **1,596,164.8** |

                ? = counts tentative values (firm value differs)

                \\* = from the known days only: some days of the period are unknown
                """);
    }

    @Test
    void escapesPipesInLabels() {
        ResultTable table = new ResultTable("t", null, "a|b", List.of(Heading.of("x|y")),
                List.of(row("left|right", firm("1"))), null);
        assertThat(renderer.render(List.of(table)))
                .contains("| a\\|b | x\\|y |\n")
                .contains("| left\\|right | 1 |\n");
    }
}

package dev.caplan.output;

import static dev.caplan.output.Fixtures.cell;
import static dev.caplan.output.Fixtures.firm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    private final Renderer renderer = Renderers.of(Format.TABLE);

    @Test
    void alignsDigitsMarksTentativeValuesAndRulesOffTheTotal() {
        assertThat(renderer.render(List.of(Fixtures.capacity()))).isEqualTo("""
                Reception capacity (capacity)
                location           2023-01-01   2023-Q1
                Zwolle (Lumen)            550     214.3
                Olst-Wijhe/Raalte         100?     1000
                Kampen, "De Vest"      0.3333         0
                ---------------------------------------
                total                650.3333?   1214.3
                ? = counts tentative values (firm value differs)
                """);
    }

    @Test
    void firmTableWithoutTitleOrTotalHasNameAndNoFootnote() {
        assertThat(renderer.render(List.of(Fixtures.intake()))).isEqualTo("""
                intake
                kind    value
                adults     12
                minors    3.5
                """);
    }

    @Test
    void separatesTablesWithOneBlankLine() {
        String intake = renderer.render(List.of(Fixtures.intake()));
        assertThat(renderer.render(List.of(Fixtures.intake(), Fixtures.intake())))
                .isEqualTo(intake + "\n" + intake);
    }

    @Test
    void scalarStandsAloneOnTheLastLine() {
        assertThat(renderer.render(List.of(Fixtures.scalar(firm("1965.00"))))).isEqualTo("q on 2023-01-01\n1965\n");
        assertThat(renderer.render(List.of(Fixtures.scalar(cell("1965", "1900")))))
                .isEqualTo("q on 2023-01-01 (counts tentative values; firm: 1900)\n1965?\n");
    }

    @Test
    void countsNonAsciiLabelsByCharacter() {
        ResultTable table = new ResultTable("n", null, "plaats", List.of(Heading.of("value")),
                List.of(Fixtures.row("Súdwest-Fryslân", firm("7")), Fixtures.row("Ede", firm("10"))),
                null);
        assertThat(renderer.render(List.of(table))).isEqualTo("""
                n
                plaats           value
                Súdwest-Fryslân      7
                Ede                 10
                """);
    }

    @Test
    void writesEachRowInItsFormatAndKeepsTheMarks() {
        assertThat(renderer.render(List.of(Fixtures.formatted()))).isEqualTo("""
                memo
                          2023-H1       2023-H2
                share      50.0 %?       82.0 %*
                bounded         -        50.0 % (40.0–60.0 %)
                places     75.500   1.596.163,5
                ---------------------------------------------
                total    75,501.5   1,596,164.8
                ? = counts tentative values (firm value differs)
                * = from the known days only: some days of the period are unknown
                """);
    }

    @Test
    void aScalarIsWrittenInItsFormat() {
        ResultTable table = new ResultTable("q", null, "", List.of(Fixtures.day("2023-01-01")),
                List.of(Fixtures.row("share", cell("0.5", "0.45")).withFormat(new NumberFormat(true, 1, null))), null);
        assertThat(renderer.render(List.of(table)))
                .isEqualTo("q on 2023-01-01 (counts tentative values; firm: 45.0 %)\n50.0 %?\n");
    }

    @Test
    void rendersNothingForNoTables() {
        assertThat(renderer.render(List.of())).isEmpty();
    }
}

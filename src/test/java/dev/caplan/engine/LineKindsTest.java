package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capacity lines with a kind of their own: what a kind selection counts day by day, that a line of
 * unknown places leaves the other kinds known, that the firm view and contract options keep each
 * place's kind (an extension continues the kind of the line it extends; an expansion takes the
 * kind of the line it replaces on its first day, or of the nearest line before or after).
 */
class LineKindsTest {
    private static final String AREAS = """
            country Netherlands
            province Overijssel in Netherlands
            region IJsselland in Overijssel
            municipality Zwolle in IJsselland
            kind NO, GOO
            """;
    private static final String OVER = "2022-01-01, 2022-07-01, 2023-01-01, 2023-07-01, 2024-01-01, 2024-07-01, 2025-01-01";

    @TempDir
    Path temp;

    @Test
    void aKindSelectionCountsTheDaysOfItsLines() throws IOException {
        Plan plan = load("""
                location "Hall" in Zwolle kind NO {
                  capacity 200 from 2022-03-01 until 2023-01-01
                  capacity 150 from 2023-01-01 until 2024-01-01 kind GOO
                  capacity 90? from 2024-01-01 kind NO
                }
                scenario firm { without tentative }
                """);
        assertThat(values(plan, "capacity[kind = NO]")).containsExactly("0", "200", "0", "0", "90?", "90?", "90?");
        assertThat(values(plan, "capacity[kind = GOO]")).containsExactly("0", "0", "150", "150", "0", "0", "0");
        assertThat(values(plan, "capacity[kind != GOO]")).containsExactly("0", "200", "0", "0", "90?", "90?", "90?");
        assertThat(values(plan, "capacity")).containsExactly("0", "200", "150", "150", "90?", "90?", "90?");
        Plan firm = plan.scenario("firm").value();
        assertThat(values(firm, "capacity[kind = NO]")).containsExactly("0", "200", "0", "0", "0", "0", "0");
    }

    @Test
    void unknownPlacesOfOneKindLeaveTheOtherKnown() throws IOException {
        Plan plan = load("""
                location "Hall" in Zwolle kind NO {
                  capacity 200 from 2022-03-01 until 2023-01-01
                  capacity ? from 2023-01-01 kind GOO
                }
                """);
        assertThat(values(plan, "capacity[kind = NO]")).containsExactly("0", "200", "0", "0", "0", "0", "0");
        assertThat(values(plan, "capacity[kind = GOO]")).containsExactly("0", "0", "-", "-", "-", "-", "-");
        assertThat(values(plan, "capacity")).containsExactly("0", "200", "-", "-", "-", "-", "-");
    }

    @Test
    void optionsKeepTheKindOfThePlacesTheyContinue() throws IOException {
        Plan plan = load("""
                location "Hall" in Zwolle kind NO {
                  capacity 100 from 2022-03-01 until 2022-06-01
                  capacity 100 from 2023-01-01 until 2024-01-01 kind GOO
                  capacity 100? from 2024-01-01 until 2024-03-01 kind NO
                  option extend until 2025-01-01
                }
                location "Gap" in Zwolle kind NO {
                  capacity 10 until 2022-03-01
                  capacity 20 from 2023-01-01 kind GOO
                  option expand to 30 from 2022-06-01 until 2022-12-01
                }
                location "Early" in Zwolle kind NO {
                  capacity 40 from 2023-01-01 kind GOO
                  option expand to 50 from 2022-01-01 until 2022-12-01
                }
                scenario all { exercise options }
                """);
        Plan all = plan.scenario("all").value();
        // Hall: the last firm line (GOO) runs on until 2025; the tentative NO line it covers becomes
        // firm with its own places and kind, and the days after it are GOO.
        assertThat(values(all, "capacity[Hall, kind = GOO]")).containsExactly("0", "0", "100", "100", "0", "100", "0");
        assertThat(values(all, "capacity[Hall, kind = NO]")).containsExactly("0", "0", "0", "0", "100", "0", "0");
        // Gap: the expansion lies between a NO line and a GOO line: the kind of the line before it
        assertThat(values(all, "capacity[Gap, kind = NO]")).containsExactly("10", "30", "0", "0", "0", "0", "0");
        // Early: before every line: the kind of the first line after it
        assertThat(values(all, "capacity[Early, kind = GOO]")).containsExactly("50", "50", "40", "40", "40", "40", "40");
    }

    @Test
    void aTweakOfALineKeepsItsKind() throws IOException {
        load("""
                location "Hall" in Zwolle kind NO {
                  capacity 200 from 2022-03-01 until 2023-01-01
                  capacity 150 from 2023-01-01 until 2024-01-01 kind GOO   # municipal from 2023
                }
                """);
        Path model = temp.resolve("model");
        Session session = Session.open(List.of(model)).value();
        assertThat(session.submit("\"Hall\" capacity 160 from 2023-01-01 until 2024-01-01").hasErrors()).isFalse();
        assertThat(session.submit("\"Hall\" capacity 210 from 2022-03-01 until 2023-01-01 kind GOO").hasErrors()).isFalse();
        assertThat(session.save().hasErrors()).isFalse();
        assertThat(Files.readString(model.resolve("model.caplan")))
                .contains("  capacity 210 from 2022-03-01 until 2023-01-01 kind GOO\n")
                .contains("  capacity 160 from 2023-01-01 until 2024-01-01 kind GOO   # municipal from 2023\n");
        assertThat(values(session.plan(), "capacity[kind = GOO]")).containsExactly("0", "210", "160", "160", "0", "0", "0");
    }

    private Plan load(String locations) throws IOException {
        Path model = Files.createDirectories(temp.resolve("model"));
        Files.writeString(model.resolve("model.caplan"), AREAS + locations);
        Outcome<Plan> loaded = Engine.load(List.of(model));
        assertThat(loaded.diagnostics()).isEmpty();
        return loaded.value();
    }

    /** The expected values of an expression on the days of {@link #OVER}: "-" unknown, "?" tentative. */
    private static List<String> values(Plan plan, String expression) {
        ResultTable table = plan.query(expression, null, OVER).value();
        List<String> shown = new ArrayList<>();
        for (ResultCell cell : table.rows().get(0).cells()) {
            shown.add(!cell.isKnown() ? "-" : cell.value().stripTrailingZeros().toPlainString() + (cell.tentative() ? "?" : ""));
        }
        return shown;
    }
}

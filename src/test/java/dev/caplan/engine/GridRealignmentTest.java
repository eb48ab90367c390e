package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REPL session that widens a grid cell and saves leaves a formatted file formatted: the column
 * is realigned, the rest of the row does not shift. So does any other tweak of a formatted file
 * (comments beside a wider line realign). A file laid out by hand gets only its edit.
 */
class GridRealignmentTest {

    @TempDir
    Path temp;

    @Test
    void aWiderCellRealignsItsColumnAndTheSavedFileStaysFormatted() throws IOException {
        Path grid = temp.resolve("grid.caplan");
        Files.copy(Path.of("examples/grid/grid.caplan"), grid);
        assertFormatted(grid);

        Session session = Session.open(List.of(grid)).value();
        Reply reply = session.submit("crisis[Ashford, 2023-01-01] = 1400..1600?"); // wider than its column
        assertThat(reply.hasErrors()).as("%s", reply.diagnostics()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");

        assertFormatted(grid);
        assertThat(Files.readString(grid)).contains("""
                table crisis kind CNO until 2023-07-01 {
                                                      2023-01-01 2023-02-01 2023-03-01 2023-04-01
                  Ashford                            1400..1600?         50         30          -
                  Bramley                                     20         20         20        20?
                  "Upper Wick"                                 -         15         15         15
                  "Bramley (church hall)" in Bramley          12         12          -          -
                }
                """).contains("# Each value holds from its column until the next column.");
    }

    @Test
    void aCellWiderThanItsYearWidensTheColumnAndKeepsTheComments() throws IOException {
        Path model = temp.resolve("years.caplan");
        Files.writeString(model, """
                country C
                province P in C
                region R in P
                municipality A, B in R
                kind K "k"
                table t kind K {
                    2023 2024
                  A   50   60   # the first row
                  # the second row
                  B    7    8
                }
                """);
        assertFormatted(model);
        Session session = Session.open(List.of(model)).value();
        assertThat(session.submit("t[A, 2023] = 15000").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        assertFormatted(model);
        assertThat(Files.readString(model)).contains("""
                table t kind K {
                     2023 2024
                  A 15000   60   # the first row
                  # the second row
                  B     7    8
                }
                """);
    }

    @Test
    void aWiderCapacityLineRealignsTheCommentsBesideItAndAHandLaidFileKeepsItsLayout() throws IOException {
        Path town = temp.resolve("town.caplan");
        Files.copy(Path.of("examples/town/town.caplan"), town);
        assertFormatted(town);
        String before = Files.readString(town);
        assertThat(before).contains("""
                  capacity 60 from 2023-02-01 until 2023-05-01    # February, March and April
                  capacity 60? from 2023-05-01 until 2023-09-01   # extension asked for, not yet decided: tentative
                """);
        Session session = Session.open(List.of(town)).value();
        Reply reply = session.submit("\"Old School\" capacity 6000 from 2023-02-01 until 2023-05-01");
        assertThat(reply.hasErrors()).as("%s", reply.diagnostics()).isFalse();
        assertThat(session.diff()).contains("+  capacity 60? from 2023-05-01 until 2023-09-01    # extension");
        assertThat(session.save().text()).startsWith("saved ");
        assertFormatted(town);
        assertThat(Files.readString(town)).contains("""
                  capacity 6000 from 2023-02-01 until 2023-05-01   # February, March and April
                  capacity 60? from 2023-05-01 until 2023-09-01    # extension asked for, not yet decided: tentative
                """);

        Path hand = temp.resolve("hand.caplan");
        Files.writeString(hand, before.replace("# February", "      # February"));
        Session byHand = Session.open(List.of(hand)).value();
        assertThat(byHand.submit("\"Old School\" capacity 6000 from 2023-02-01 until 2023-05-01").hasErrors()).isFalse();
        assertThat(byHand.save().text()).startsWith("saved ");
        assertThat(Files.readString(hand)).contains("2023-09-01   # extension"); // only the edit: the hand's layout stays
    }

    @Test
    void aFileReloadedAfterItWasLaidOutByHandGetsOnlyTheEdit() throws IOException {
        Path town = temp.resolve("town.caplan");
        Files.copy(Path.of("examples/town/town.caplan"), town);
        Session session = Session.open(List.of(town)).value();
        assertThat(session.submit("\"Old School\" capacity 600 from 2023-02-01 until 2023-05-01").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        Files.writeString(town, Files.readString(town).replace("# February", "      # February"));
        assertThat(session.reload().hasErrors()).isFalse();
        assertThat(session.submit("\"Old School\" capacity 6000 from 2023-02-01 until 2023-05-01").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        assertThat(Files.readString(town)).contains("2023-09-01   # extension").contains("      # February");
    }

    private static void assertFormatted(Path file) {
        Formatting.FileResult result = Formatting.format(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.changes()).as("fmt --check of %s\n%s", file, result.diff()).isFalse();
    }

    @Test
    void aGridLaidOutByHandKeepsItsSpacing() throws IOException {
        Path model = temp.resolve("hand.caplan");
        String text = """
                country C
                province P in C
                region R in P
                municipality A, B in R
                kind K "k"
                table t kind K {
                     2023-01-01   2023-02-01
                  A   1 2
                  B 3     4   # a comment
                }
                """;
        Files.writeString(model, text);
        Session session = Session.open(List.of(model)).value();
        assertThat(session.submit("t[A, 2023-02-01] = 2000").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        assertThat(Files.readString(model)).isEqualTo(text.replace("  A   1 2\n", "  A   1 2000\n"));
    }
}

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
 * is realigned, the rest of the row does not shift. A grid laid out by hand gets only its cell changed.
 */
class GridRealignmentTest {

    @TempDir
    Path temp;

    @Test
    void aWiderCellRealignsItsColumnAndTheSavedFileStaysFormatted() throws IOException {
        Path grid = temp.resolve("grid.caplan");
        Files.copy(Path.of("examples/grid/grid.caplan"), grid);
        assertThat(Formatting.format(grid).changes()).as("the example is formatted").isFalse();

        Session session = Session.open(List.of(grid)).value();
        Reply reply = session.submit("crisis[Ashford, 2023-01-01] = 1500");
        assertThat(reply.hasErrors()).as("%s", reply.diagnostics()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");

        Formatting.FileResult result = Formatting.format(grid);
        assertThat(result.problems()).isEmpty();
        assertThat(result.changes()).as("fmt --check after :save\n%s", result.diff()).isFalse();
        String saved = Files.readString(grid);
        assertThat(saved).contains("Ashford                                  1500         50         30          -")
                .contains("  Bramley                                    20         20         20        20?")
                .contains("# Each value holds from its column until the next column.");
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

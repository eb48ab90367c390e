package dev.caplan.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Visible;
import dev.caplan.engine.Session;
import dev.caplan.testing.CliRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model whose names hold escape codes, a right-to-left override, a line separator and NUL, used
 * from the REPL and the command line: answers, explanations, changes and diagnostics show them
 * escaped, so nothing reaches the terminal raw.
 */
class HostileNamesInReplTest {
    /** An OSC that retitles the terminal, BEL, U+202E, U+2028, NUL. */
    private static final String NAME = "\u001b]0;pwned\u0007 \u202eevil\u2028x\u0000";
    private static final String SHOWN = "\\x1b]0;pwned\\x07 \\u202eevil\\u2028x\\x00";
    private static Path model;

    @BeforeAll
    static void writeTheModel() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/hostile-names"));
        model = dir.resolve("hostile.caplan");
        Files.writeString(model, """
                country C
                province P in C
                region R in P
                municipality M in R
                kind K
                location "%s" in M kind K {
                  capacity 10 from 2023-01-01
                  note "%s"
                }
                let x = capacity[M]
                report "r%s" "Title %s" {
                  rows x by location
                  columns 2023-01-01
                  total
                }
                """.formatted(NAME, NAME, NAME, NAME), StandardCharsets.UTF_8);
    }

    @Test
    void replAnswersAndDiagnosticsShowNamesEscaped() {
        Session session = Session.open(List.of(model)).value();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String input = String.join("\n", ":report", "x by location at 2023-02-01", ":explain x at 2023-02-01",
                "capacity[\"" + NAME + "y\"] at 2023-02-01", "\"" + NAME + "\" capacity 20 from 2023-01-01",
                "let " + NAME + " = 1", ":scenario " + NAME) + "\n";
        Repls.runHeadless(session, new BufferedReader(new StringReader(input)), new PrintWriter(out), new PrintWriter(err),
                false);
        assertThat(out.toString()).contains(SHOWN + "  ", "Title " + SHOWN, "└─ " + SHOWN + " (M, K) = 10", "changed location " + SHOWN);
        assertThat(err.toString()).contains("unknown area or location '" + SHOWN + "y'", "capacity[\"" + SHOWN + "y\"]");
        assertVisible(out.toString());
        assertVisible(err.toString());
    }

    @Test
    void theCommandLineShowsNamesEscaped() {
        CliRun table = CliRun.of("eval", model.toString());
        assertThat(table.out()).contains(SHOWN + "  ", "Title " + SHOWN);
        CliRun names = CliRun.of("names", "--reports", model.toString());
        assertThat(names.out()).isEqualTo("r" + SHOWN + "\n");
        CliRun explain = CliRun.of("explain", model.toString(), "x", "--at", "2023-02-01");
        assertThat(explain.out()).contains(SHOWN + " (M, K) = 10");
        CliRun unknown = CliRun.of("query", model.toString(), "capacity[\"" + NAME + "\"] + y", "--at", "2023-02-01");
        assertThat(unknown.err()).contains("unknown name 'y'");
        for (CliRun run : List.of(table, names, explain, unknown)) {
            assertVisible(run.out());
            assertVisible(run.err());
        }
    }

    /**
     * CSV shows the names escaped as the table does; JSON keeps them exact, the ASCII controls in
     * JSON's own escapes, which a terminal does not act on (U+202E and U+2028 stay raw: valid JSON,
     * and docs/reliability.md says so).
     */
    @Test
    void csvShowsNamesEscapedAndJsonInItsOwnEscapes() {
        CliRun csv = CliRun.of("eval", model.toString(), "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).contains("r" + SHOWN + "," + SHOWN + ",2023-01-01,");
        assertVisible(csv.out());
        CliRun json = CliRun.of("eval", model.toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"label\": \"\\u001B]0;pwned\\u0007 \u202eevil\u2028x\\u0000\"")
                .doesNotContain("\u001b", "\u0007", "\u0000");
    }

    private static void assertVisible(String text) {
        assertThat(text.codePoints().filter(c -> c != '\n' && Visible.isInvisible(c)).toArray())
                .as("invisible characters in %s", text).isEmpty();
    }
}

package dev.caplan.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Session;
import dev.caplan.source.Limits;
import dev.caplan.testing.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An input never ends the session or loses its unsaved changes: not a stack overflow, not a
 * command typed in the middle of an expression; leaving with unsaved changes is announced first.
 */
class ReplRobustnessTest {
    private static final String CHANGE = "cno[Kampen, 2023-01-01] = 50";
    private Session session;

    @BeforeEach
    void openACopy() throws IOException {
        Path copy = TestFiles.copyTree(Path.of("models/ijsselland"), Path.of("target/repl-robustness"));
        session = Session.open(List.of(copy)).value();
    }

    @Test
    void aDeeplyNestedExpressionFailsAloneAndTheChangesSurvive() {
        String deep = "(".repeat(5000) + "azc" + ")".repeat(5000);
        Streams run = headless(CHANGE, deep + " at 2023-07-01", "let y = " + deep, "azc at 2023-07-01");
        assertThat(run.end).isEqualTo(Repl.End.DONE);
        // refused by the limits before the parser could overflow its stack (the REPL would survive that too)
        assertThat(run.err.toString()).contains("nested more than 64 deep [E-LIMIT]");
        assertThat(run.out.toString()).contains("changed table cno row Kampen", "1965?");
        assertThat(session.hasUnsavedChanges()).isTrue();
        assertThat(session.diff()).contains("+  Kampen", "50");
    }

    @Test
    void aCommandEndsAnUnfinishedExpression() {
        Streams run = headless("let x = azc +", ":help quit", "azc at 2023-07-01");
        assertThat(run.err.toString()).contains("<input>:1:14: error: unexpected end");
        assertThat(run.out.toString()).contains(":quit ", "1965?");
    }

    @Test
    void onErrorStopStopsAtTheFirstFailingInput() {
        Streams run = headless(true, "azc at 2023-07-01", "azc at 2023-02-30", "azc at 2024-01-01");
        assertThat(run.end).isEqualTo(Repl.End.STOPPED_ON_ERROR);
        assertThat(run.out.toString()).contains("1965?").doesNotContain("1730");
        assertThat(run.err.toString()).contains("E-BAD-DATE");
    }

    @Test
    void quitWithUnsavedChangesIsAnnouncedAndTakesASecondQuit() {
        Streams run = headless(CHANGE, ":quit", "azc at 2023-07-01", ":quit", ":quit", "never read");
        assertThat(run.err.toString()).contains("unsaved changes in", "cno.caplan", ":quit again").hasLineCount(2);
        assertThat(run.out.toString()).contains("1965?").doesNotContain("never");
    }

    @Test
    void endOfInputOnATerminalIsAnnouncedTooAndThePromptShowsPendingChanges() {
        Typist typist = new Typist(CHANGE, null, ":diff", null, null, "never read");
        Repl.End end = new Repl(session, typist).run();
        assertThat(end).isEqualTo(Repl.End.DONE);
        assertThat(typist.unsavedAtPrompt).containsExactly(false, true, true, true, true);
        assertThat(typist.screen.toString()).contains("press Ctrl-D again to leave without saving");
        assertThat(typist.inputs).containsExactly("never read");
    }

    @Test
    void withoutChangesNothingIsAsked() {
        Streams run = headless(":reload", ":quit", "never read");
        assertThat(run.err.toString()).isEmpty();
        assertThat(run.out.toString()).contains("reloaded").doesNotContain("never");
    }

    @Test
    void aTerminalBufferIsCutAtCommands() {
        assertThat(Inputs.split("let x = azc +\n:help\nazc")).containsExactly("let x = azc +", ":help", "azc");
        assertThat(Inputs.split("location \"X\" in Zwolle kind AZC {\n  capacity 1\n}"))
                .containsExactly("location \"X\" in Zwolle kind AZC {\n  capacity 1\n}");
        assertThat(Inputs.unfinished("let x = azc +")).isTrue();
        assertThat(Inputs.unfinished("let x = azc +\n:quit")).isFalse();
    }

    /**
     * {@code :chart} prints a line per bar, so a daily series over fifty years would print for
     * minutes: the limits of every chart bound it, N bars or series drawn, N + 1 refused.
     */
    @Test
    void aChartStaysWithinTheLimitsOfEveryChart() {
        LocalDate first = LocalDate.of(2023, 1, 1);
        Streams most = headless(":chart azc over " + first + " .. " + first.plusDays(Limits.CHART_BARS - 1) + " daily");
        assertThat(most.err.toString()).isEmpty();
        assertThat(most.out.toString().lines()).hasSize(1 + Limits.CHART_BARS); // the scale, then a bar a day

        Streams tooMany = headless(":chart azc over " + first + " .. " + first.plusDays(Limits.CHART_BARS) + " daily",
                ":chart azc, cno over 2000-01-01 .. 2050-12-31 daily", "azc at 2023-07-01");
        assertThat(tooMany.out.toString()).endsWith("\n1965?\n").doesNotContain("█"); // the session goes on
        assertThat(tooMany.err.toString()).contains(
                "caplan: error: a chart shows at most 1500 bars per series, not 1501 [E-LIMIT]",
                "a chart shows at most 1500 bars per series, not 18628 [E-LIMIT]",
                "hint: chart a shorter range, or by month instead of by day");

        String series = String.join(", ", Collections.nCopies(Limits.CHART_SERIES, "azc"));
        Streams mostSeries = headless(":chart " + series + " over 2023-01 .. 2023-02");
        assertThat(mostSeries.err.toString()).isEmpty();
        assertThat(mostSeries.out.toString().lines()).hasSize(1 + 2 * Limits.CHART_SERIES + 1); // scale, bars, legend
        Streams tooManySeries = headless(":chart " + series + ", cno over 2023-01 .. 2023-02");
        assertThat(tooManySeries.out.toString()).isEmpty();
        assertThat(tooManySeries.err.toString()).contains("a chart shows 1 to 24 series, not 25 [E-LIMIT]");
    }

    /** An unknown value is drawn as unknown, never as an empty bar that reads as zero; a negative one keeps its sign. */
    @Test
    void aChartShowsUnknownAsUnknownAndNegativeWithItsSign() {
        Streams run = headless(":chart -azc, azc - azc over 2023-01 .. 2023-02",
                ":chart actual(status_holders[IJsselland]) over 2030-H1 .. 2030-H2");
        assertThat(run.out.toString()).contains("2023-01 -█", " -1665\n", " 0\n");
        assertThat(run.out.toString()).contains("2030-H1 - (unknown)\n", "2030-H2 - (unknown)\n");
        assertThat(run.err.toString()).isEmpty();
    }

    private Streams headless(String... lines) {
        return headless(false, lines);
    }

    private Streams headless(boolean stop, String... lines) {
        Streams streams = new Streams();
        streams.end = Repls.runHeadless(session, new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintWriter(streams.out), new PrintWriter(streams.err), stop);
        return streams;
    }

    private static final class Streams {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        Repl.End end;
    }

    /** Someone at a terminal: null is Ctrl-D. Records what the prompt showed. */
    private static final class Typist implements ReplIO {
        final Deque<String> inputs;
        final List<Boolean> unsavedAtPrompt = new ArrayList<>();
        final StringBuilder screen = new StringBuilder();

        Typist(String... typed) {
            inputs = new ArrayDeque<>();
            Arrays.stream(typed).forEach(line -> inputs.add(line == null ? "\0" : line));
        }

        @Override
        public String read(boolean unsaved) {
            unsavedAtPrompt.add(unsaved);
            String line = inputs.poll();
            return line == null || line.equals("\0") ? null : line;
        }

        @Override
        public void print(String text) {
            screen.append(text);
        }

        @Override
        public void error(String text) {
            screen.append(text);
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}

package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The colour rules, one test each: the decision is a pure function of the option, the environment and the terminal. */
class ColourTest {
    private static final Map<String, String> PLAIN = Map.of("TERM", "xterm-256color");

    @Test
    void autoColoursATerminal() {
        assertThat(Colour.decide(Colour.When.AUTO, PLAIN, true)).isTrue();
    }

    @Test
    void autoDoesNotColourAPipeOrAFile() {
        assertThat(Colour.decide(Colour.When.AUTO, PLAIN, false)).isFalse();
    }

    @Test
    void noColorWithAnyValueTurnsAutoOff() {
        assertThat(Colour.decide(Colour.When.AUTO, Map.of("TERM", "xterm", "NO_COLOR", "1"), true)).isFalse();
        assertThat(Colour.decide(Colour.When.AUTO, Map.of("TERM", "xterm", "NO_COLOR", "false"), true)).isFalse();
    }

    @Test
    void anEmptyNoColorIsNotSet() {
        assertThat(Colour.decide(Colour.When.AUTO, Map.of("TERM", "xterm", "NO_COLOR", ""), true)).isTrue();
    }

    @Test
    void aDumbTerminalIsNotColoured() {
        assertThat(Colour.decide(Colour.When.AUTO, Map.of("TERM", "dumb"), true)).isFalse();
    }

    @Test
    void neverIsNeverEvenOnATerminal() {
        assertThat(Colour.decide(Colour.When.NEVER, PLAIN, true)).isFalse();
    }

    @Test
    void alwaysBeatsTheEnvironmentAndThePipe() {
        assertThat(Colour.decide(Colour.When.ALWAYS, Map.of("NO_COLOR", "1", "TERM", "dumb"), false)).isTrue();
    }

    @Test
    void theOptionIsReadBeforePicocliParses() {
        assertThat(scan("eval", "x", "--color=always").colourErr()).isTrue();
        assertThat(scan("eval", "x", "--color", "always").colourOut()).isTrue();
        assertThat(scan("eval", "x", "--", "--color=always").colourOut()).as("after --, not an option").isFalse();
        assertThat(scan("eval", "x").colourErr()).as("a test's buffer is no terminal").isFalse();
    }

    @Test
    void debugComesFromTheOptionOrTheEnvironment() {
        assertThat(scan("eval", "x", "--debug").debug()).isTrue();
        assertThat(RunSettings.scan(new String[] {"eval"}, Map.of("CAPLAN_DEBUG", "1"), buffer(), buffer()).debug())
                .isTrue();
        assertThat(scan("eval", "x").debug()).isFalse();
    }

    @Test
    void theReplColoursItsTerminalByTheSameRules() {
        RunSettings noColor = RunSettings.scan(new String[] {"repl"}, Map.of("NO_COLOR", "1"), buffer(), buffer());
        assertThat(noColor.colourTerminal()).isFalse();
        assertThat(RunSettings.scan(new String[] {"repl"}, PLAIN, buffer(), buffer()).colourTerminal()).isTrue();
        assertThat(RunSettings.scan(new String[] {"repl", "--color=never"}, PLAIN, buffer(), buffer())
                .colourTerminal()).isFalse();
    }

    @Test
    void diagnosticsAreColouredWordByWordAndKeepTheirText() {
        String rendered = "a.caplan:1:2: warning: odd [W-X]\n 1 | text\n   |  ^^\n   = hint: fix it\n1 error, 0 warnings\n";
        String coloured = DiagnosticColours.colour(rendered);
        assertThat(coloured).contains("\u001B[1;33mwarning\u001B[0m", "\u001B[1;33m^^\u001B[0m", "\u001B[36mhint:\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(rendered);
    }

    private static RunSettings scan(String... args) {
        return RunSettings.scan(args, PLAIN, buffer(), buffer());
    }

    private static PrintStream buffer() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}

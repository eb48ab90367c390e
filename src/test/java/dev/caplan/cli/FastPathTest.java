package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path ({@link FastPath}) answers every command line exactly as picocli does: each
 * command-line case and each line below runs twice, with the fast path and with
 * {@code CAPLAN_FAST_PATH=off}, and the exit code and both streams must be the same. Which lines
 * the fast path takes, and which it leaves to picocli, is tested too, so a fast path that took
 * nothing would not pass unseen.
 */
class FastPathTest {

    /** Lines the fast path runs itself, usage errors the commands raise among them. */
    private static final List<String> TAKEN = List.of(
            "eval models/ijsselland",
            "eval models/ijsselland --report table_a --format csv",
            "eval models/ijsselland --format=markdown -r table_c",
            "eval models/ijsselland --report no_such_report",
            "eval models/ijsselland --format yaml",
            "eval models/ijsselland --format xlsx",
            "eval models/ijsselland --locale fr",
            "eval models/ijsselland --locale nl --report table_a",
            "eval models/ijsselland --scenario no_such_scenario",
            "eval --debug models/ijsselland -r table_a",
            "eval models/no-such-folder",
            "query models/ijsselland capacity --at 2024-01-01",
            "query models/ijsselland capacity --at 2024-01-01 --over 2024",
            "query models/ijsselland capacity --step monthly",
            "query models/ijsselland",
            "query models/ijsselland -- capacity",
            "check models/ijsselland",
            "check models/ijsselland --format json",
            "check models/ijsselland --format yaml",
            "explain models/ijsselland capacity",
            "explain models/ijsselland capacity --at 2024-01-01",
            "ledger models/ijsselland capacity",
            "chart models/ijsselland capacity --over 2024 --size 1x1");

    /** Lines the fast path leaves to picocli. */
    private static final List<String> LEFT = List.of(
            "eval",
            "eval --help",
            "eval -h models/ijsselland",
            "eval models/ijsselland --report",
            "eval models/ijsselland --report a --report b",
            "eval models/ijsselland --no-such-option",
            "eval models/ijsselland --report --format csv",
            "eval models/ijsselland -rtable_a",
            "eval models/ijsselland --diagnostics-format json",
            "eval models/ijsselland --color never",
            "eval models/ijsselland --debug=true",
            "eval @no-such-argument-file",
            "query models/ijsselland '-azc + cno'",
            "chart models/ijsselland capacity",
            "diff models/ijsselland models/ijsselland",
            "--version",
            "");

    @TestFactory
    Stream<DynamicTest> everyCommandLineCaseIsAnsweredAsPicocliAnswersIt() throws IOException {
        return CliCasesTest.files(CliCasesTest.CASES, ".cmd").stream().map(cmd -> DynamicTest.dynamicTest(
                cmd.getFileName().toString(), () -> assertSameBothWays(CliRun.split(Files.readString(cmd).strip()))));
    }

    @TestFactory
    Stream<DynamicTest> theLinesItTakesAreAnsweredAsPicocliAnswersThem() {
        return TAKEN.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            List<String> args = CliRun.split(line);
            assertThat(taken(args)).as("the fast path takes: caplan %s", line).isTrue();
            assertSameBothWays(args);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theLinesItLeavesAreLeftToPicocli() {
        return LEFT.stream().map(line -> DynamicTest.dynamicTest(line.isEmpty() ? "(no arguments)" : line, () -> {
            List<String> args = CliRun.split(line);
            assertThat(taken(args)).as("the fast path leaves to picocli: caplan %s", line).isFalse();
            assertSameBothWays(args);
        }));
    }

    @Test
    void anOutputFileIsWrittenTheSameBothWays(@TempDir Path folder) throws IOException {
        Path fast = folder.resolve("fast.csv");
        Path slow = folder.resolve("slow.csv");
        Run a = run(List.of("eval", "models/ijsselland", "-f", "csv", "-o", fast.toString()), true);
        Run b = run(List.of("eval", "models/ijsselland", "-f", "csv", "-o", slow.toString()), false);
        assertThat(a.code()).isZero();
        assertThat(a).isEqualTo(b);
        assertThat(Files.readString(fast)).isEqualTo(Files.readString(slow)).contains("table_a");
    }

    private static void assertSameBothWays(List<String> args) {
        assertThat(run(args, true)).as("caplan %s, fast path against picocli", String.join(" ", args))
                .isEqualTo(run(args, false));
    }

    private static boolean taken(List<String> args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter writer = new PrintWriter(sink, true, StandardCharsets.UTF_8);
        String[] array = args.toArray(String[]::new);
        return FastPath.run(array, RunSettings.scan(array, Map.of(), sink, sink), writer, writer, sink).isPresent();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> args, boolean fast) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove(FastPath.SWITCH);
        if (!fast) {
            environment.put(FastPath.SWITCH, "off");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = CaplanCommand.run(args.toArray(String[]::new), o, e, environment);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

package dev.caplan.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * REPL transcripts: each {@code cases/repl/NAME.repl} is fed to {@code caplan repl --script} on a
 * fresh copy of the model named in its first line ({@code # model: models/ijsselland}); the whole
 * output must match {@code NAME.out}. The copy lives under target/ so paths in the output are stable.
 */
class ReplTranscriptTest {
    private static final Path CASES = Path.of("src/test/resources/cases/repl");
    private static final Path WORK = Path.of("target/repl-work");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(CASES)) {
            scripts = files.filter(p -> p.toString().endsWith(".repl")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), script.toUri(),
                () -> {
                    String name = script.getFileName().toString().replace(".repl", "");
                    Path model = Path.of(Files.readAllLines(script).get(0).replaceFirst("^# model:\\s*", "").strip());
                    Path copy = WORK.resolve(name);
                    TestFiles.copyTree(model, copy);
                    CliRun run = CliRun.of("repl", copy.toString(), "--script", script.toString());
                    Golden.assertMatches(Golden.sibling(script, ".out"), run.transcript());
                }));
    }
}

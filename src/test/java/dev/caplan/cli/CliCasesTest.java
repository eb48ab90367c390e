package dev.caplan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Command-line transcripts: each {@code cases/cli/NAME.cmd} holds one command line (what follows
 * {@code caplan}); {@code NAME.out} beside it holds the exit code, standard output and standard error.
 */
class CliCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/cli");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> commands = files(CASES, ".cmd");
        assertFalse(commands.isEmpty(), "no command cases found under " + CASES);
        return commands.stream().map(cmd -> DynamicTest.dynamicTest(cmd.getFileName().toString(), cmd.toUri(), () -> {
            String line = Files.readString(cmd).strip();
            CliRun run = CliRun.of(CliRun.split(line).toArray(String[]::new));
            Golden.assertMatches(Golden.sibling(cmd, ".out"), "$ caplan " + line + "\n" + run.transcript());
        }));
    }

    static List<Path> files(Path directory, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

}

package dev.caplan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The error catalogue: each {@code cases/errors/NAME.caplan} is checked with {@code caplan check};
 * its rendered diagnostics and exit code must match {@code NAME.err}. Every diagnostic code must
 * appear in at least one golden file (an error case, a command-line case, a REPL transcript or a
 * hostile file's case), so
 * no code goes untested.
 */
class ErrorCasesTest {
    private static final Path ERRORS = Path.of("src/test/resources/cases/errors");
    private static final Path CLI = Path.of("src/test/resources/cases/cli");
    private static final Path REPL = Path.of("src/test/resources/cases/repl");
    /** Hostile files (links, pipes, huge files) that engine/HostileFilesTest builds and checks. */
    private static final Path FILES = Path.of("src/test/resources/cases/files");

    @TestFactory
    Stream<DynamicTest> errorCases() throws IOException {
        List<Path> models = list(ERRORS, ".caplan");
        assertThat(models).as("error cases under %s", ERRORS).isNotEmpty();
        return models.stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(), model.toUri(), () -> {
            CliRun run = CliRun.of("check", model.toString());
            assertThat(run.exitCode()).as("exit code of check on %s", model).isNotZero();
            Golden.assertMatches(Golden.sibling(model, ".err"), run.transcript());
        }));
    }

    @Test
    void everyCodeHasACase() throws IOException {
        StringBuilder goldens = new StringBuilder();
        for (Path golden : concat(concat(concat(list(ERRORS, ".err"), list(CLI, ".out")), list(REPL, ".out")),
                list(FILES, ".err"))) {
            goldens.append(Files.readString(golden));
        }
        List<String> missing = new ArrayList<>();
        for (Code code : Code.values()) {
            if (!goldens.toString().contains("[" + code.id() + "]")) {
                missing.add(code.id());
            }
        }
        assertThat(missing).as("diagnostic codes without a golden case").isEmpty();
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Path> list(Path directory, String extension) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

}

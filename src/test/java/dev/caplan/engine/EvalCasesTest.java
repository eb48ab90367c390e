package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Semantics cases: each {@code cases/eval/NAME.caplan} evaluates (all reports) to {@code NAME.out}. */
class EvalCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases/eval");

    @TestFactory
    Stream<DynamicTest> evalCases() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(CASES)) {
            models = files.filter(p -> p.toString().endsWith(".caplan")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        return models.stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(), model.toUri(), () -> {
            CliRun run = CliRun.of("eval", model.toString());
            String name = model.getFileName().toString().replace(".caplan", ".out");
            Golden.assertMatches(model.resolveSibling(name), run.transcript());
        }));
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.output.Format;
import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import dev.caplan.testing.Workbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model under {@code models/} and {@code examples/} (one per subdirectory) checks without a
 * model error, says what its golden {@code check.txt} says, and evaluates to its golden output in every format, kept under
 * {@code src/test/resources/golden/<models|examples>/<name>/eval.<format>}; for xlsx, {@code eval.xlsx.txt} is the
 * workbook read back with fastexcel-reader, a line per cell (a binary file would say nothing in a diff).
 */
class ModelsAndExamplesTest {
    /** Every output format: a new one fails here until its golden files exist. */
    private static final List<String> FORMATS = Arrays.stream(Format.values()).map(Format::displayName).toList();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> modelsAndExamples() throws IOException {
        List<Path> models = new ArrayList<>();
        models.addAll(subdirectories(Path.of("models")));
        models.addAll(subdirectories(Path.of("examples")));
        assertThat(models).as("models and examples").hasSizeGreaterThanOrEqualTo(3);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path model : models) {
            tests.add(DynamicTest.dynamicTest("check " + model, model.toUri(), () -> {
                CliRun run = CliRun.of("check", model.toString());
                // a plan may fail its checks (exit 1: examples/portfolio shows where places fall
                // short) and warn, but must not have model errors; what it says is golden
                assertThat(run.exitCode()).as("check of %s:\n%s", model, run.err()).isIn(0, 1);
                Golden.assertMatches(GOLDEN.resolve(model).resolve("check.txt"), run.transcript());
            }));
            for (String format : FORMATS) {
                tests.add(DynamicTest.dynamicTest("eval " + model + " as " + format, model.toUri(), () -> {
                    boolean binary = Format.parse(format).orElseThrow().binary();
                    Path file = binary ? Files.createTempFile("eval", "." + format) : null;
                    CliRun run = binary ? CliRun.of("eval", model.toString(), "--format", format, "-o", file.toString())
                            : CliRun.of("eval", model.toString(), "--format", format);
                    assertThat(run.err()).as("diagnostics of %s", model).isEmpty();
                    assertThat(run.exitCode()).isZero();
                    // a workbook's golden is what a reader of the file sees, cell by cell, as text
                    String shown = binary ? readBack(file) : run.out();
                    Golden.assertMatches(GOLDEN.resolve(model).resolve("eval." + extension(format)), shown);
                }));
            }
        }
        return tests.stream();
    }

    private static String extension(String format) {
        return switch (format) {
            case "table" -> "txt";
            case "markdown" -> "md";
            case "xlsx" -> "xlsx.txt";
            default -> format;
        };
    }

    private static String readBack(Path file) throws IOException {
        try {
            return Workbooks.dump(Workbooks.read(file));
        } finally {
            Files.delete(file);
        }
    }

    /** The folders that hold a model: examples/review holds scripts, examples/memo a memo about models/ijsselland. */
    private static List<Path> subdirectories(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(ModelsAndExamplesTest::holdsAModel).sorted().toList();
        }
    }

    static boolean holdsAModel(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".caplan"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save without changes writes nothing, for every input the fuzzer keeps ({@code fuzz.ModelFuzzTest}'s
 * seeds and the crashes it found) that loads as a model: the file stays byte for byte what it was,
 * odd characters, line endings and malformed bytes included. Inputs that do not load are skipped,
 * visibly: there is no session to save.
 */
class FuzzCorpusSaveTest {
    private static final Path CORPUS = Path.of("src/test/resources/dev/caplan/fuzz/ModelFuzzTestInputs");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> aSaveWithoutChangesLeavesEveryByte() throws IOException {
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            inputs = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(inputs).as("the fuzz corpus under %s", CORPUS).isNotEmpty();
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), input.toUri(), () -> {
            byte[] bytes = Files.readAllBytes(input);
            Path dir = Files.createDirectories(temp.resolve(input.getFileName().toString()));
            Path model = dir.resolve("fuzz.caplan");
            Files.write(model, bytes);
            Outcome<Session> opened = Session.open(List.of(model));
            assumeTrue(opened.value() != null, "does not load: nothing to save");
            assertThat(opened.value().save().text()).isEqualTo("nothing to save\n");
            assertThat(Files.readAllBytes(model)).as("the file after a save without changes").isEqualTo(bytes);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).as("files next to it").containsExactly(model);
            }
        }));
    }
}

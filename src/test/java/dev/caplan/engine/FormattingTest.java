package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route of {@code caplan fmt}: which files, refusing files with errors, writing whole files. */
class FormattingTest {

    @TempDir
    Path temp;

    @Test
    void aFolderMeansItsModelFilesOutsideDotFolders() throws IOException {
        Files.createDirectories(temp.resolve("a/b"));
        Files.createDirectories(temp.resolve(".git/x"));
        Files.writeString(temp.resolve("a/one.caplan"), "country A\n");
        Files.writeString(temp.resolve("a/b/two.caplan"), "country B\n");
        Files.writeString(temp.resolve("a/notes.txt"), "not a model\n");
        Files.writeString(temp.resolve(".git/x/three.caplan"), "country C\n");
        Outcome<List<Path>> files = Formatting.modelFiles(List.of(temp, temp.resolve("missing")));
        assertThat(files.value()).containsExactly(temp.resolve("a/b/two.caplan"), temp.resolve("a/one.caplan"));
        assertThat(files.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no such file or directory"));
    }

    @Test
    void aFileWithSyntaxErrorsIsRefusedWithItsDiagnostics() throws IOException {
        Path file = temp.resolve("broken.caplan");
        Files.writeString(file, "country   A\nlocation {\n");
        Formatting.FileResult result = Formatting.format(file);
        assertThat(result.formatted()).isNull();
        assertThat(result.changes()).isFalse();
        assertThat(result.problems()).isNotEmpty().allMatch(d -> d.isError());
    }

    @Test
    void aWriteReplacesTheWholeFileAndKeepsItsMode() throws IOException {
        Path file = temp.resolve("model.caplan");
        Files.writeString(file, "country   A\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Formatting.FileResult result = Formatting.format(file);
        assertThat(result.changes()).isTrue();
        assertThat(result.diff()).contains("-country   A\n+country A\n");
        Formatting.write(file, result.formatted());
        assertThat(Files.readString(file)).isEqualTo("country A\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(file);
        }
    }
}

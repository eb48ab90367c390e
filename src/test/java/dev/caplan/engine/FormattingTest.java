package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Code;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
        Formatting.write(result);
        assertThat(Files.readString(file)).isEqualTo("country A\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aByteOrderMarkIsNoColumnAndIsWrittenBack() throws IOException {
        Path file = temp.resolve("marked.caplan");
        Files.write(file, bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "country   A\n"));
        Formatting.FileResult result = Formatting.format(file);
        assertThat(result.original()).isEqualTo("country   A\n");
        Formatting.write(result);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "country A\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirLineAndColumn() throws IOException {
        Path file = temp.resolve("latin1.caplan");
        Files.write(file, bytes("country A\n# caf".getBytes(StandardCharsets.UTF_8), "\u00e9\n", StandardCharsets.ISO_8859_1));
        Formatting.FileResult result = Formatting.format(file);
        assertThat(result.formatted()).isNull();
        assertThat(result.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.ENCODING);
            assertThat(d.span().line()).isEqualTo(2);
            assertThat(d.span().column()).isEqualTo(6);
        });
    }

    @Test
    void aDeviceIsNeverOpened() {
        Formatting.FileResult result = Formatting.format(Path.of("/dev/zero"));
        assertThat(result.problems()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Code.NOT_MODEL_FILE));
    }

    private static byte[] bytes(byte[] head, String tail) {
        return bytes(head, tail, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[] head, String tail, Charset charset) {
        byte[] rest = tail.getBytes(charset);
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }
}

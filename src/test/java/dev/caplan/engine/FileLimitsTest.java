package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.Limits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of what one load reads from disk (source/Limits, docs/language.md "Limits"), each at
 * N, which loads, and at N + 1, which is a diagnostic (located at the import when an import goes
 * past it), never a hang or an exhausted heap. The model's size is tested with limits scaled down;
 * its default is checked by value.
 */
class FileLimitsTest {
    @TempDir
    Path temp;

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(FileLimits.DEFAULT).isEqualTo(new FileLimits(10_485_760L, 104_857_600L, 32, 1_000));
        assertThat(FileLimits.DEFAULT.fileBytes()).isEqualTo(Limits.FILE_BYTES);
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        Path file = temp.resolve("main.caplan");
        byte[] text = (HostileFilesTest.AREAS + "let x = 1\n").getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(text);
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            long left = Limits.FILE_BYTES - text.length;
            while (left > 0) {
                int n = (int) Math.min(left, spaces.length);
                out.write(spaces, 0, n);
                left -= n;
            }
        }
        assertThat(Files.size(file)).isEqualTo(Limits.FILE_BYTES);
        assertThat(Engine.load(List.of(file)).diagnostics()).isEmpty();
        Files.write(file, new byte[] {' '}, StandardOpenOption.APPEND);
        assertThat(Engine.load(List.of(file)).diagnostics()).extracting(Diagnostic::code).containsExactly(Code.TOO_LARGE);
    }

    @Test
    void importDepth() throws IOException {
        assertThat(Engine.load(List.of(importChain(Limits.IMPORT_DEPTH))).diagnostics()).isEmpty();
        List<Diagnostic> past = Engine.load(List.of(importChain(Limits.IMPORT_DEPTH + 1))).diagnostics();
        assertThat(past).extracting(Diagnostic::code).containsExactly(Code.LIMIT);
        assertThat(past.get(0).message()).contains("nested more than 32 deep");
        assertThat(past.get(0).span().location()).endsWith("d32.caplan:1:8");
    }

    /** main.caplan imports d1.caplan, which imports d2.caplan, ... down to d{depth}. */
    private Path importChain(int depth) throws IOException {
        Path folder = Files.createTempDirectory(temp, "chain");
        Files.writeString(folder.resolve("main.caplan"), "import \"d1.caplan\"\n" + HostileFilesTest.AREAS);
        for (int i = 1; i <= depth; i++) {
            Files.writeString(folder.resolve("d" + i + ".caplan"), i < depth
                    ? "import \"d" + (i + 1) + ".caplan\"\nlet x" + i + " = 1\n" : "let x" + i + " = 1\n");
        }
        return folder.resolve("main.caplan");
    }

    /** With the limit scaled down to 20 files (a thousand files take long to write on a busy disk). */
    @Test
    void filesInAModel() throws IOException {
        FileLimits limits = new FileLimits(Limits.FILE_BYTES, Limits.MODEL_BYTES, Limits.IMPORT_DEPTH, 20);
        assertThat(load(manyImports(19), limits)).isEmpty();
        List<Diagnostic> past = load(manyImports(20), limits);
        assertThat(past).extracting(Diagnostic::code).containsExactly(Code.LIMIT);
        assertThat(past.get(0).message()).isEqualTo("a model of more than 20 files");
        assertThat(past.get(0).span()).as("located at the import past the limit").isNotNull();
    }

    /** main.caplan, which imports {@code count} more files: {@code count + 1} files. */
    private Path manyImports(int count) throws IOException {
        Path folder = Files.createTempDirectory(temp, "many");
        StringBuilder main = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            main.append("import \"f").append(i).append(".caplan\"\n");
            Files.writeString(folder.resolve("f" + i + ".caplan"), "let x" + i + " = 1\n");
        }
        Files.writeString(folder.resolve("main.caplan"), main + HostileFilesTest.AREAS);
        return folder.resolve("main.caplan");
    }

    @Test
    void modelSizeWithLimitsScaledDown() throws IOException {
        Path folder = Files.createTempDirectory(temp, "size");
        Files.writeString(folder.resolve("a.caplan"), "let a = 1 #" + "-".repeat(88) + "\n"); // 100 bytes
        Files.writeString(folder.resolve("b.caplan"), "let b = 1 #" + "-".repeat(88) + "\n");
        Files.writeString(folder.resolve("c.caplan"), "let c = 1 #" + "-".repeat(38) + "\n"); // 50 bytes
        FileLimits limits = new FileLimits(100, 250, 32, 1_000);
        assertThat(load(folder, limits)).isEmpty();
        Files.writeString(folder.resolve("c.caplan"), "let c = 1 #" + "-".repeat(39) + "\n"); // 51 bytes
        List<Diagnostic> past = load(folder, limits);
        assertThat(past).extracting(Diagnostic::code).containsExactly(Code.TOO_LARGE);
        assertThat(past.get(0).message()).isEqualTo("the model's files are more than 250 bytes together;"
                + " caplan reads models of at most that");
        Files.writeString(folder.resolve("c.caplan"), "let c = 1 #" + "-".repeat(89) + "\n"); // 101 bytes
        assertThat(load(folder, new FileLimits(100, 1_000, 32, 1_000))).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).endsWith("c.caplan is 101 bytes; caplan reads files of at most 100 bytes"));
    }

    private static List<Diagnostic> load(Path model, FileLimits limits) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceUnit> units = SourceLoader.load(List.of(model), diagnostics, Map.of(), Map.of(), limits);
        assertThat(units).isNotNull();
        return diagnostics.sorted();
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.Printer;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's files parsed ahead in parallel give what parsing them one by one gives: the same
 * units in the same order and the same diagnostics in the same order, with syntax errors in
 * several files, an import of a file the folder also holds, a file too large and a dangling link.
 */
class ParseAheadTest {
    @TempDir
    Path temp;

    @Test
    void inParallelAsOneByOne() throws IOException {
        Path model = temp.resolve("model");
        Files.createDirectories(model.resolve("sub"));
        Files.writeString(model.resolve("a.caplan"), HostileFilesTest.AREAS + "import \"sub/d.caplan\"\nlet a = 1 +\n");
        Files.writeString(model.resolve("b.caplan"), "let b = ) 2\nlet b2 = 3\n");
        Files.writeString(model.resolve("c.caplan"), "let c = 2023-02-30 at 2024\nlet c = 4\n");
        Files.writeString(model.resolve("sub/d.caplan"), "let d = a + b2 +\n");
        Files.writeString(model.resolve("e.caplan"), "let e = " + "9".repeat(40) + "\n");
        for (int i = 0; i < 12; i++) {
            Files.writeString(model.resolve("f" + i + ".caplan"), "let f" + i + " = " + i + " *\nlet g" + i + " = f" + i + "\n");
        }
        Files.createSymbolicLink(model.resolve("g.caplan"), model.resolve("nowhere.caplan"));
        FileLimits small = new FileLimits(200, 10_000, 32, 1_000);
        Files.writeString(model.resolve("h.caplan"), "let h = 1\n".repeat(30)); // past the file limit of 200 bytes

        Diagnostics oneByOne = new Diagnostics();
        List<SourceUnit> sequential = SourceLoader.load(List.of(model), oneByOne, Map.of(), Map.of(), small, false);
        Diagnostics parallel = new Diagnostics();
        List<SourceUnit> ahead = SourceLoader.load(List.of(model), parallel, Map.of(), Map.of(), small, true);

        assertThat(oneByOne.all()).hasSizeGreaterThan(10);
        assertThat(DiagnosticRenderer.render(parallel.all())).isEqualTo(DiagnosticRenderer.render(oneByOne.all()));
        assertThat(ahead).extracting(unit -> unit.file().displayName())
                .containsExactlyElementsOf(sequential.stream().map(unit -> unit.file().displayName()).toList());
        assertThat(ahead).extracting(ParseAheadTest::printed)
                .containsExactlyElementsOf(sequential.stream().map(ParseAheadTest::printed).toList());
    }

    private static String printed(SourceUnit unit) {
        return Printer.print(unit.items());
    }
}

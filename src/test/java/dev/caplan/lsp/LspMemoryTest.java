package dev.caplan.lsp;

import static dev.caplan.lsp.EditorClient.WAIT;
import static dev.caplan.lsp.EditorClient.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Heap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps one model per folder, not one per edit: after many edits (each loaded, its
 * diagnostics published and a hover answered, so the names are indexed too) the heap after GC is
 * within a few MB of what it was after the first. A model kept per edit would hold the edited
 * file's parsed unit and names each time (about a MB here), so 20 edits tell the two apart;
 * {@code -Dedits=1000} runs the thousand.
 */
class LspMemoryTest {
    private static final int EDITS = Integer.getInteger("edits", 20);
    private static final long BOUND = 8L << 20;

    @TempDir
    Path temp;

    @Test
    void editsLeaveTheHeapWhereTheFirstLeftIt() throws Exception {
        Path model = temp.resolve("national");
        assertThat(CliRun.of("generate", model.toString(), "--locations", "2000", "--years", "10").exitCode()).isZero();
        Path file = model.resolve("locations-001.caplan");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int digit = text.indexOf("capacity ") + "capacity ".length();
        try (EditorClient editor = new EditorClient()) {
            editor.initialize("2025-01-01");
            editor.open(file);
            editor.diagnostics(file, p -> true);
            edit(editor, file, text, digit, 0);
            long before = Heap.usedAfterGc();
            for (int i = 1; i <= EDITS; i++) {
                edit(editor, file, text, digit, i);
            }
            long grown = Heap.usedAfterGc() - before;
            System.out.printf("LspMemoryTest: heap grew %.2f MB after %d edits of a %.2f MB file (model %s)%n",
                    grown / 1048576.0, EDITS, text.length() / 1048576.0, model);
            assertThat(grown).as("heap growth after %s edits: %s bytes", EDITS, grown).isLessThan(BOUND);
            assertThat(editor.shutdown()).isZero();
        }
    }

    /** Changes the first digit of the first capacity to {@code i % 9 + 1}, waits for the diagnostics, hovers. */
    private static void edit(EditorClient editor, Path file, String text, int digit, int i) throws Exception {
        editor.change(file, text.substring(0, digit) + (i % 9 + 1) + text.substring(digit + 1));
        assertThat(editor.diagnostics(file, p -> true).getDiagnostics()).isEmpty();
        editor.server.getTextDocumentService().hover(new HoverParams(document(file), new Position(0, 12)))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}

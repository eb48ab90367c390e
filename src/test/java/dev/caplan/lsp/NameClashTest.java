package dev.caplan.lsp;

import static dev.caplan.lsp.EditorClient.WAIT;
import static dev.caplan.lsp.EditorClient.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table and a let that share a name are two things: go to definition, find references and
 * rename on one never reach the other (they once matched by text).
 */
class NameClashTest {
    private static final String TABLE = """
            country Land
            municipality Stad in Land
            kind CNO "crisis"

            table cno kind CNO {
                        2023-01-01 2023-07-01
              Stad              25         10
            }
            """;
    private static final String LETS = """
            let cno = capacity[table = cno]
            let twice = cno + cno
            """;

    @Test
    void aTableAndALetOfOneNameAreResolvedApart(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("table.caplan");
        Path lets = dir.resolve("lets.caplan");
        Files.writeString(table, TABLE, StandardCharsets.UTF_8);
        Files.writeString(lets, LETS, StandardCharsets.UTF_8);
        try (EditorClient editor = new EditorClient()) {
            editor.initialize("2023-07-01");
            editor.open(lets);
            assertThat(editor.diagnostics(lets, p -> true).getDiagnostics()).isEmpty();

            // in `twice = cno + cno` the name is the let
            Position letUse = new Position(1, 13);
            assertThat(definition(editor, lets, letUse)).containsExactly(at(lets, 0, 4, 7));
            assertThat(references(editor, lets, letUse)).containsExactlyInAnyOrder(
                    at(lets, 0, 4, 7), at(lets, 1, 12, 15), at(lets, 1, 18, 21));

            // in `capacity[table = cno]` it is the table
            Position tableUse = new Position(0, 27);
            assertThat(definition(editor, lets, tableUse)).containsExactly(at(table, 4, 6, 9));
            assertThat(references(editor, lets, tableUse)).containsExactlyInAnyOrder(
                    at(table, 4, 6, 9), at(lets, 0, 27, 30));

            // renaming the let leaves the table and the table filter alone
            WorkspaceEdit renamed = editor.server.getTextDocumentService()
                    .rename(new RenameParams(document(lets), letUse, "crisis")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(renamed.getChanges()).containsOnlyKeys(EditorClient.uri(lets));
            assertThat(renamed.getChanges().get(EditorClient.uri(lets))).extracting(TextEdit::getRange)
                    .containsExactlyInAnyOrder(range(0, 4, 7), range(1, 12, 15), range(1, 18, 21));

            // renaming the table leaves the let alone
            WorkspaceEdit tableRenamed = editor.server.getTextDocumentService()
                    .rename(new RenameParams(document(lets), tableUse, "crisis_table")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(tableRenamed.getChanges().get(EditorClient.uri(table))).extracting(TextEdit::getRange)
                    .containsExactly(range(4, 6, 9));
            assertThat(tableRenamed.getChanges().get(EditorClient.uri(lets))).extracting(TextEdit::getRange)
                    .containsExactly(range(0, 27, 30));
            assertThat(editor.shutdown()).isZero();
        }
    }

    private static List<Location> definition(EditorClient editor, Path file, Position at) throws Exception {
        return editor.server.getTextDocumentService().definition(new DefinitionParams(document(file), at))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS).getLeft().stream().map(Location.class::cast).toList();
    }

    private static List<Location> references(EditorClient editor, Path file, Position at) throws Exception {
        return editor.server.getTextDocumentService().references(new ReferenceParams(document(file), at,
                new ReferenceContext(true))).get(WAIT.toSeconds(), TimeUnit.SECONDS).stream().map(Location.class::cast).toList();
    }

    private static Location at(Path file, int line, int from, int to) {
        return new Location(EditorClient.uri(file), range(line, from, to));
    }

    private static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }
}

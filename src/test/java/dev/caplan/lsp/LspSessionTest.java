package dev.caplan.lsp;

import static dev.caplan.lsp.EditorClient.JSON;
import static dev.caplan.lsp.EditorClient.WAIT;
import static dev.caplan.lsp.EditorClient.document;
import static dev.caplan.lsp.EditorClient.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.engine.Formatting;
import dev.caplan.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/**
 * One editing session on models/ijsselland, as an editor runs it: through LSP4J's client over
 * piped streams, never through the server's insides. Its messages and answers are written to a
 * golden transcript (paths relative to the repository) besides the assertions.
 */
class LspSessionTest {
    private static final Path MODEL = Path.of("models/ijsselland");
    private static final Path AZC = MODEL.resolve("azc.caplan");
    private static final Path CHECKS = MODEL.resolve("checks.caplan");
    private static final Path REPORTS = MODEL.resolve("reports.caplan");
    private static final Path QUOTAS = MODEL.resolve("quotas.caplan");
    private static final Path TRANSCRIPT = Path.of("src/test/resources/cases/lsp/ijsselland-session.txt");

    private final StringBuilder transcript = new StringBuilder();

    @Test
    void anEditingSessionOnIjsselland() throws Exception {
        try (EditorClient editor = new EditorClient()) {
            editor.initialize("2023-07-01");
            step("initialize, referenceDate 2023-07-01", null);

            // open three files: the model's diagnostics arrive, the failed check on its line
            editor.open(AZC);
            editor.open(CHECKS);
            editor.open(REPORTS);
            PublishDiagnosticsParams checks = editor.diagnostics(CHECKS, p -> p.getDiagnostics().size() == 5);
            step("open azc.caplan, checks.caplan, reports.caplan: diagnostics of checks.caplan", checks);
            Diagnostic failed = checks.getDiagnostics().get(0);
            assertThat(failed.getCode().getLeft()).isEqualTo("E-CHECK-FAILED");
            assertThat(failed.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(failed.getRange()).isEqualTo(new Range(new Position(8, 6), new Position(8, 35)));
            assertThat(failed.getMessage().getLeft()).contains("short by 106").contains("\nhint: places that end");
            assertThat(checks.getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("E-CHECK-FAILED", "W-CHECK-TENTATIVE", "W-REPORTED", "W-REPORTED", "W-REPORTED"); // as caplan check
            assertThat(editor.diagnostics(AZC, p -> true).getDiagnostics()).isEmpty();

            // type an error: an area that does not exist, then take it back
            String azc = Files.readString(AZC, StandardCharsets.UTF_8);
            editor.change(AZC, azc.replace("\"ROL Zwolle\" in Zwolle", "\"ROL Zwolle\" in Zwole"));
            PublishDiagnosticsParams typed = editor.diagnostics(AZC, p -> !p.getDiagnostics().isEmpty());
            step("change azc.caplan: 'in Zwolle' -> 'in Zwole'", typed);
            Diagnostic unknown = typed.getDiagnostics().get(0);
            assertThat(unknown.getCode().getLeft()).isEqualTo("E-UNKNOWN-NAME");
            Position zwole = position(AZC, "\"ROL Zwolle\" in Zwolle", 1, "\"ROL Zwolle\" in ".length());
            assertThat(unknown.getRange()).isEqualTo(new Range(zwole,
                    new Position(zwole.getLine(), zwole.getCharacter() + "Zwole".length())));
            assertThat(unknown.getMessage().getLeft()).contains("Zwole").contains("Zwolle");
            editor.change(AZC, azc);
            step("change azc.caplan back", editor.diagnostics(AZC, p -> p.getDiagnostics().isEmpty()));

            // hover on a location: places per segment
            Position rol = position(AZC, "\"ROL Zwolle\"", 1, 3);
            Hover hover = answer(editor.server.getTextDocumentService().hover(new HoverParams(document(AZC), rol)));
            step("hover azc.caplan on \"ROL Zwolle\"", hover);
            assertThat(hover.getContents().getRight().getValue())
                    .contains("**location** `ROL Zwolle`")
                    .contains("in Zwolle, kind ROL; places per segment")
                    .contains("- 2023-04-01 .. 2026-02-01: 300 ROL")
                    .contains("on 2023-07-01: 300 places");

            // hover on a let: its value on the reference date; on a function: its documentation
            Hover let = answer(editor.server.getTextDocumentService().hover(
                    new HoverParams(document(CHECKS), position(CHECKS, "check azc", 1, 7))));
            step("hover checks.caplan on azc", let);
            assertThat(let.getContents().getRight().getValue()).contains("**let** `azc`").contains("1965");
            Hover function = answer(editor.server.getTextDocumentService().hover(
                    new HoverParams(document(CHECKS), position(CHECKS, "sum(due", 1, 1))));
            step("hover checks.caplan on sum", function);
            assertThat(function.getContents().getRight().getValue()).startsWith("**function** `sum");

            // completion inside a name
            var completion = answer(editor.server.getTextDocumentService().completion(
                    new CompletionParams(document(CHECKS), position(CHECKS, "azc_places[Overijssel]", 1, 6))));
            List<CompletionItem> items = completion.getRight().getItems();
            step("completion in checks.caplan after 'azc_pl'", completion);
            assertThat(items).extracting(CompletionItem::getLabel).containsExactly("azc_places");
            assertThat(items.get(0).getKind()).isEqualTo(CompletionItemKind.Constant);
            assertThat(items.get(0).getTextEdit().getLeft().getRange().getStart())
                    .isEqualTo(position(CHECKS, "azc_places[Overijssel]", 1, 0));
            var quoted = answer(editor.server.getTextDocumentService().completion(
                    new CompletionParams(document(CHECKS), position(CHECKS, "\"ROL Zwolle\"", 1, 5))));
            step("completion in checks.caplan after '\"ROL '", quoted);
            assertThat(quoted.getRight().getItems()).extracting(i -> i.getTextEdit().getLeft().getNewText())
                    .containsExactly("\"ROL Zwolle\"");

            // definition and references across files
            var definition = answer(editor.server.getTextDocumentService().definition(
                    new DefinitionParams(document(CHECKS), position(CHECKS, "check azc", 1, 7))));
            step("definition of azc from checks.caplan", definition);
            assertThat(definition.getLeft()).extracting(Location::getUri).containsExactly(EditorClient.uri(REPORTS));
            assertThat(definition.getLeft().get(0).getRange().getStart()).isEqualTo(position(REPORTS, "let azc", 1, 4));
            List<? extends Location> references = answer(editor.server.getTextDocumentService().references(
                    new ReferenceParams(document(CHECKS), position(CHECKS, "azc_places[IJsselland]", 1, 2),
                            new ReferenceContext(true))));
            step("references of azc_places", references);
            assertThat(references).extracting(Location::getUri).contains(EditorClient.uri(QUOTAS),
                    EditorClient.uri(CHECKS), EditorClient.uri(REPORTS));

            // rename across files, and a rename that would clash
            WorkspaceEdit rename = answer(editor.server.getTextDocumentService().rename(
                    new RenameParams(document(CHECKS), position(CHECKS, "check azc", 1, 7), "regular places")));
            step("rename azc to 'regular places'", rename);
            assertThat(rename.getChanges()).containsOnlyKeys(EditorClient.uri(REPORTS), EditorClient.uri(CHECKS));
            assertThat(rename.getChanges().values().stream().flatMap(List::stream).map(TextEdit::getNewText))
                    .containsOnly("\"regular places\"");
            assertThat(rename.getChanges().get(EditorClient.uri(CHECKS))).hasSize(4);
            assertThatThrownBy(() -> answer(editor.server.getTextDocumentService().rename(
                    new RenameParams(document(CHECKS), position(CHECKS, "check azc", 1, 7), "all_places"))))
                    .hasRootCauseInstanceOf(ResponseErrorException.class)
                    .rootCause().hasMessageContaining("'all_places' is taken: a let declared at");
            step("rename azc to all_places: refused", "error");

            // symbols of a document and of the workspace
            var outline = answer(editor.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document(REPORTS))));
            step("document symbols of reports.caplan", outline);
            assertThat(outline).extracting(e -> e.getRight().getName())
                    .containsExactly("azc", "cno", "all_places", "table_a", "table_c", "table_b", "table_d");
            var symbols = answer(editor.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("zwolle")));
            step("workspace symbols 'zwolle'", symbols);
            assertThat(symbols.getRight()).extracting(s -> s.getName())
                    .contains("Zwolle", "ROL Zwolle", "Zwolle (Lumen)", "Zwolle (Ruysdael)");

            // formatting: the whole document as caplan fmt writes it
            String messy = azc.replace("location \"ROL Zwolle\" in Zwolle kind ROL {", "location   \"ROL Zwolle\"   in Zwolle kind ROL{");
            editor.change(AZC, messy);
            List<? extends TextEdit> formatted = answer(editor.server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(document(AZC), new FormattingOptions(2, true))));
            assertThat(formatted).hasSize(1);
            assertThat(formatted.get(0).getNewText()).isEqualTo(Formatting.format(AZC).formatted()).isNotEqualTo(messy);
            assertThat(formatted.get(0).getRange().getStart()).isEqualTo(new Position(0, 0));
            step("formatting of azc.caplan after spaces were typed into a line: one edit, the text of caplan fmt", null);
            editor.change(AZC, azc);

            assertThat(editor.shutdown()).isZero();
            step("shutdown, exit: exit code 0", null);
        }
        Golden.assertMatches(TRANSCRIPT, transcript.toString());
    }

    private static <T> T answer(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e;
        }
    }

    /** A step of the transcript: what the editor did, and the server's answer as JSON, paths relative. */
    private void step(String what, Object answer) {
        transcript.append("## ").append(what).append('\n');
        if (answer != null) {
            String json = JSON.toJson(answer).replace(EditorClient.uri(MODEL) , "models/ijsselland/");
            transcript.append(json).append('\n');
        }
        transcript.append('\n');
    }
}

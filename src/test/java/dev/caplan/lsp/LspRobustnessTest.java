package dev.caplan.lsp;

import static dev.caplan.lsp.EditorClient.WAIT;
import static dev.caplan.lsp.EditorClient.document;
import static dev.caplan.lsp.EditorClient.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/**
 * Broken files and hostile requests over the protocol: each gets diagnostics or an error response
 * for that request alone, and the server goes on answering.
 */
class LspRobustnessTest {
    private static final Path AZC = Path.of("models/ijsselland/azc.caplan");

    @Test
    void brokenTextAndHostileRequestsDoNotStopTheServer() throws Exception {
        try (EditorClient editor = new EditorClient()) {
            editor.initialize("2023-07-01");
            editor.open(AZC);
            editor.diagnostics(AZC, p -> true);
            var documents = editor.server.getTextDocumentService();

            // text that is no model at all, nesting past the limit, a name past the limit
            for (String broken : new String[] {"\u0000\uFFFF{{{ location \" ", "let x = " + "(".repeat(100_000) + "1",
                    "location \"" + "x".repeat(100_000) + "\" in Zwolle kind AZC {\n}\n", "capacity[[[[[[ ]]]]"}) {
                editor.change(AZC, broken);
                PublishDiagnosticsParams published = editor.diagnostics(AZC, p -> !p.getDiagnostics().isEmpty());
                assertThat(published.getDiagnostics()).allSatisfy(d -> assertThat(d.getRange()).isNotNull());
                assertThat(documents.hover(new HoverParams(document(AZC), new Position(0, 3)))
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS)).satisfiesAnyOf(h -> assertThat(h).isNull(),
                        h -> assertThat(h).isInstanceOf(Hover.class));
                assertThat(documents.completion(new CompletionParams(document(AZC), new Position(0, 5)))
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS).getRight()).isNotNull();
            }

            // positions outside the text are clamped; a file outside any model and a bad URI are refused
            editor.change(AZC, Files.readString(AZC, StandardCharsets.UTF_8));
            editor.diagnostics(AZC, p -> p.getDiagnostics().isEmpty());
            assertThat(documents.hover(new HoverParams(document(AZC), new Position(1_000_000, -5)))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS)).isNull();
            assertThatThrownBy(() -> documents.hover(new HoverParams(new TextDocumentIdentifier("untitled:Untitled-1"),
                    new Position(0, 0))).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(ResponseErrorException.class).rootCause().hasMessageContaining("not a file");
            assertThatThrownBy(() -> documents.hover(new HoverParams(new TextDocumentIdentifier("file:///no/such/model.caplan"),
                    new Position(0, 0))).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(ResponseErrorException.class);
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem("%%not a uri%%", "caplan", 1, "x")));

            // a rename to a name that cannot be one is refused
            assertThatThrownBy(() -> documents.rename(new RenameParams(document(AZC),
                    position(AZC, "\"ROL Zwolle\"", 1, 2), "two\nlines")).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(ResponseErrorException.class).rootCause().hasMessageContaining("no line breaks");

            // and the server still answers
            Hover hover = documents.hover(new HoverParams(document(AZC), position(AZC, "\"ROL Zwolle\"", 1, 2)))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(hover.getContents().getRight().getValue()).contains("places per segment");
            assertThat(editor.shutdown()).isZero();
        }
    }
}

package dev.caplan.bench;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor for the benchmarks: LSP4J's client launcher on two streams (piped to a server in this
 * JVM, or a {@code caplan lsp} process's), and the next diagnostics published for one file as a
 * future, so a benchmark can wait for exactly the publication its edit causes.
 */
final class LspClient implements LanguageClient {
    private static final long WAIT_SECONDS = 120;

    final LanguageServer server;
    private volatile String watched;
    private volatile CompletableFuture<PublishDiagnosticsParams> next = new CompletableFuture<>();
    private int version;

    LspClient(InputStream fromServer, OutputStream toServer) {
        var launcher = LSPLauncher.createClientLauncher(this, fromServer, toServer);
        server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    /** Initializes with a fixed reference date and the given debounce (the benchmarks use 0: they time the load, not the pause). */
    void initialize(long debounceMillis) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        JsonObject options = new JsonObject();
        options.addProperty("referenceDate", "2025-01-01");
        options.addProperty("debounceMillis", debounceMillis);
        params.setInitializationOptions(options);
        server.initialize(params).get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    /** Starts waiting for the next diagnostics published for {@code file}. */
    CompletableFuture<PublishDiagnosticsParams> expect(Path file) {
        CompletableFuture<PublishDiagnosticsParams> future = new CompletableFuture<>();
        next = future;
        watched = uri(file);
        return future;
    }

    void open(Path file) throws Exception {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "caplan",
                ++version, Files.readString(file))));
    }

    void change(Path file, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), ++version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    Hover hover(Path file, Position at) throws Exception {
        return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(file)), at))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    static PublishDiagnosticsParams await(CompletableFuture<PublishDiagnosticsParams> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    void shutdown() throws Exception {
        server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        if (diagnostics.getUri().equals(watched)) {
            next.complete(diagnostics);
        }
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams message) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }
}

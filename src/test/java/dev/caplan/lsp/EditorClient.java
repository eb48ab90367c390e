package dev.caplan.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
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
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor for tests: starts {@code caplan lsp}'s server on piped streams in this JVM, talks to
 * it through LSP4J's client launcher (so every message goes through JSON-RPC as from a real
 * editor), and records the diagnostics the server publishes.
 */
final class EditorClient implements LanguageClient, AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);
    /** LSP4J's own JSON, so a transcript shows the messages as they go over the wire. */
    static final Gson JSON = new MessageJsonHandler(Map.of()).getDefaultGsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    final LanguageServer server;
    /** Everything published, by file, and how many of each file's a test has read past. */
    private final Map<String, List<PublishDiagnosticsParams>> published = new HashMap<>();
    private final Map<String, Integer> read = new HashMap<>();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final PipedOutputStream toServer = new PipedOutputStream();
    private final Future<Void> listening;
    private int version;
    private int inlayRefreshes;

    EditorClient() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedOutputStream fromServer = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
        Thread serving = new Thread(() -> {
            try (fromServer) { // closed when the server ends, so the client reads the end, not a dead writer
                exitCode.complete(LanguageServerMain.serve(serverIn, fromServer));
            } catch (InterruptedException | IOException | RuntimeException e) {
                exitCode.completeExceptionally(e);
            }
        }, "caplan-lsp-under-test");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
        server = launcher.getRemoteProxy();
        listening = launcher.startListening();
    }

    /** Initializes with a fixed reference date and a short debounce, as an editor's configuration would. */
    void initialize(String referenceDate) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        JsonObject options = new JsonObject();
        options.addProperty("referenceDate", referenceDate);
        options.addProperty("debounceMillis", 50);
        params.setInitializationOptions(options);
        server.initialize(params).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    void open(Path file) throws IOException {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "caplan",
                ++version, Files.readString(file, StandardCharsets.UTF_8))));
    }

    void change(Path file, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), ++version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /**
     * The next diagnostics published for {@code file} that {@code wanted} accepts; those of the file
     * published before it are passed over (other files' stay to be read).
     */
    synchronized PublishDiagnosticsParams diagnostics(Path file, Predicate<PublishDiagnosticsParams> wanted)
            throws InterruptedException {
        String uri = uri(file);
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<PublishDiagnosticsParams> of = published.getOrDefault(uri, List.of());
            for (int i = read.getOrDefault(uri, 0); i < of.size(); i++) {
                read.put(uri, i + 1);
                if (wanted.test(of.get(i))) {
                    return of.get(i);
                }
            }
            wait(100);
        }
        throw new AssertionError("no such diagnostics published for " + file + " within " + WAIT);
    }

    static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    static TextDocumentIdentifier document(Path file) {
        return new TextDocumentIdentifier(uri(file));
    }

    /** The position of the {@code nth} (from 1) occurrence of {@code needle} in the file, plus {@code ahead} characters. */
    static Position position(Path file, String needle, int nth, int ahead) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int offset = -1;
        for (int i = 0; i < nth; i++) {
            offset = text.indexOf(needle, offset + 1);
            if (offset < 0) {
                throw new AssertionError("'" + needle + "' occurs fewer than " + nth + " times in " + file);
            }
        }
        offset += ahead;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    /** Shuts the server down as an editor does and returns its exit code. */
    int shutdown() throws Exception {
        server.shutdown().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        server.exit();
        return exitCode.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        listening.cancel(true);
        toServer.close();
    }

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.computeIfAbsent(diagnostics.getUri(), uri -> new ArrayList<>()).add(diagnostics);
        notifyAll();
    }

    /** How many times the server asked the editor to show its inlay hints again. */
    synchronized int inlayRefreshes() {
        return inlayRefreshes;
    }

    @Override
    public synchronized CompletableFuture<Void> refreshInlayHints() {
        inlayRefreshes++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }
}

package dev.caplan.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The server: says what it can do, and hands documents and the workspace to their services. The
 * editor may set, in the initialization options, {@code referenceDate} (the day hover values are
 * shown on; today by default) and {@code debounceMillis} (the pause in typing before a model is
 * evaluated again; 200 by default) and {@code inlayHints} (false: no values at the ends of lines;
 * the workspace setting {@code caplan.inlayHints} switches them too).
 */
final class CaplanServer implements LanguageServer, LanguageClientAware {
    static final long DEBOUNCE_MILLIS = 200;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "caplan-lsp-models");
        thread.setDaemon(true);
        return thread;
    });
    private final Requests requests = new Requests(worker);
    private final Runnable onExit;
    private LanguageClient client;
    private final Documents documents = new Documents(requests);
    private final Symbols symbols = new Symbols(requests);
    private boolean shutDown;

    CaplanServer(Runnable onExit) {
        this.onExit = onExit;
    }

    @Override
    public void connect(LanguageClient connected) {
        this.client = connected;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        JsonObject options = params.getInitializationOptions() instanceof JsonObject o ? o : new JsonObject();
        LocalDate referenceDate = date(options.get("referenceDate"));
        long debounce = number(options.get("debounceMillis"), DEBOUNCE_MILLIS);
        OpenModels models = new OpenModels(worker, diagnostics -> client.publishDiagnostics(diagnostics), debounce);
        documents.start(models, referenceDate);
        documents.settings().initialize(options);
        symbols.start(models);
        symbols.onSettings(settings -> {
            if (documents.settings().changed(settings) && client != null) {
                client.refreshInlayHints(); // the editor asks again, and gets the hints or none
            }
        });

        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of("[", "\"", " ")));
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        capabilities.setRenameProvider(Either.forRight(new RenameOptions(false)));
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setInlayHintProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("caplan")));
    }

    private static LocalDate date(JsonElement value) {
        try {
            return value != null && value.isJsonPrimitive() ? LocalDate.parse(value.getAsString())
                    : LocalDate.now(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return LocalDate.now(ZoneOffset.UTC);
        }
    }

    private static long number(JsonElement value, long otherwise) {
        try {
            return value != null && value.isJsonPrimitive() ? Math.max(0, Math.min(10_000, value.getAsLong())) : otherwise;
        } catch (NumberFormatException | UnsupportedOperationException e) {
            return otherwise;
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        // nothing to do: models load when their files are opened
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return requests.answer("shutdown", () -> null);
    }

    /** Whether the editor asked to shut down before it said exit (the exit code says so). */
    boolean shutDown() {
        return shutDown;
    }

    @Override
    public void exit() {
        worker.shutdownNow();
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return symbols;
    }
}

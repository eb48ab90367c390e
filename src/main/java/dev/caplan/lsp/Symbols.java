package dev.caplan.lsp;

import dev.caplan.engine.EditorModel;
import dev.caplan.engine.NameOccurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The workspace: its symbols are the declarations of every model that has a file open. */
final class Symbols implements WorkspaceService {
    /** At most this many symbols per query; an editor asks again as more of the name is typed. */
    static final int MAX_SYMBOLS = 1_000;

    private final Requests requests;
    private volatile OpenModels models;
    private volatile Consumer<Object> onSettings = settings -> { };

    Symbols(Requests requests) {
        this.requests = requests;
    }

    void start(OpenModels openModels) {
        this.models = openModels;
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return requests.answer("workspace symbols", () -> {
            OpenModels open = models;
            if (open == null) {
                throw Requests.failure(ResponseErrorCode.ServerNotInitialized, "the server is not initialized");
            }
            String query = params.getQuery() == null ? "" : params.getQuery().toLowerCase(Locale.ROOT);
            List<WorkspaceSymbol> found = new ArrayList<>();
            for (EditorModel model : open.all()) {
                for (NameOccurrence declaration : model.declarations()) {
                    if (found.size() < MAX_SYMBOLS && declaration.name().toLowerCase(Locale.ROOT).contains(query)) {
                        found.add(new WorkspaceSymbol(declaration.name(), Protocol.symbolKind(declaration),
                                Either.forLeft(Protocol.location(declaration.span())), declaration.kind()));
                    }
                }
            }
            return Either.forRight(found);
        });
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (params != null && params.getSettings() != null) {
            onSettings.accept(params.getSettings());
        }
    }

    /** Who reads a change of the workspace's settings ({@code caplan.inlayHints}). */
    void onSettings(Consumer<Object> reader) {
        this.onSettings = reader;
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // files on disk are read at every load of a model; nothing to forget
    }
}

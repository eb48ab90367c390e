package dev.caplan.lsp;

import dev.caplan.diag.Diagnostics;
import dev.caplan.engine.EditorModel;
import dev.caplan.engine.Formatting;
import dev.caplan.engine.NameOccurrence;
import dev.caplan.engine.Session;
import dev.caplan.source.Limits;
import dev.caplan.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents: their texts go to {@link OpenModels}; hover, completion, inlay hints, code
 * actions, definition, references, the outline, rename and formatting (as {@code caplan fmt}) are
 * answered from the model of the document's folder.
 */
final class Documents implements TextDocumentService {
    private final Requests requests;
    private volatile OpenModels models;
    private volatile LocalDate referenceDate;
    private final EditorSettings settings = new EditorSettings();
    private final LastFacts facts = new LastFacts();
    private final Hovers hovers = new Hovers(facts);
    private final Completions completions = new Completions(facts);
    private final InlayHints inlayHints = new InlayHints(settings, facts);
    private final CodeActions codeActions = new CodeActions();

    Documents(Requests requests) {
        this.requests = requests;
    }

    void start(OpenModels openModels, LocalDate date) {
        this.referenceDate = date;
        this.models = openModels;
    }

    /** What the editor may switch while the server runs. */
    EditorSettings settings() {
        return settings;
    }

    // --- the editor's texts

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        Path file = Protocol.path(params.getTextDocument().getUri());
        if (file != null && models != null && params.getTextDocument().getText() != null) {
            models.opened(file, params.getTextDocument().getText());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Path file = Protocol.path(params.getTextDocument().getUri());
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (file != null && models != null && changes != null && !changes.isEmpty()) {
            String text = changes.get(changes.size() - 1).getText(); // full sync: the last change is the whole text
            if (text != null) {
                models.edited(file, text);
            }
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Path file = Protocol.path(params.getTextDocument().getUri());
        if (file != null && models != null) {
            models.closed(file);
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the editor's text is what counts while the file is open, saved or not
    }

    // --- answers

    /** The model of a document, its file and text, and an offset in it. */
    record At(EditorModel model, Path file, String text, LineIndex lines, int offset) {
        Optional<NameOccurrence> name() {
            return model.nameAt(file, offset);
        }
    }

    At at(String uri, Position position) {
        OpenModels open = models;
        if (open == null) {
            throw Requests.failure(ResponseErrorCode.ServerNotInitialized, "the server is not initialized");
        }
        Path file = Protocol.path(uri);
        if (file == null) {
            throw Requests.failure(ResponseErrorCode.InvalidParams, "not a file: " + uri);
        }
        EditorModel model = open.modelOf(file);
        String text = model == null ? null : model.text(file);
        if (text == null) {
            throw Requests.failure(ResponseErrorCode.InvalidParams, "not a file of a caplan model: " + uri);
        }
        LineIndex lines = Protocol.lines(text);
        return new At(model, file, text, lines, position == null ? 0 : lines.offset(position));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.answer("hover", () -> hovers.of(at(params.getTextDocument().getUri(), params.getPosition()),
                referenceDate));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        boolean afterSpace = params.getContext() != null && " ".equals(params.getContext().getTriggerCharacter());
        return requests.answer("completion", () -> Either.forRight(completions.of(
                at(params.getTextDocument().getUri(), params.getPosition()), referenceDate, afterSpace)));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return requests.answer("inlay hints", () -> inlayHints.of(at(params.getTextDocument().getUri(), null),
                params.getRange(), referenceDate));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return requests.answer("code actions", () -> codeActions.of(at(params.getTextDocument().getUri(), null), params));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return requests.answer("definition", () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            List<Location> found = at.name().map(name -> at.model().declarationsOf(name).stream()
                    .map(d -> Protocol.location(d.span())).toList()).orElse(List.of());
            return Either.forLeft(found);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return requests.answer("references", () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            boolean declarations = params.getContext() == null || params.getContext().isIncludeDeclaration();
            return at.name().map(name -> at.model().occurrencesOf(name).stream()
                    .filter(o -> declarations || !o.declaration())
                    .map(o -> Protocol.location(o.span())).toList()).orElse(List.of());
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return requests.answer("document symbols", () -> {
            At at = at(params.getTextDocument().getUri(), null);
            List<Either<SymbolInformation, DocumentSymbol>> symbols = new ArrayList<>();
            for (NameOccurrence declaration : at.model().declarations()) {
                if (declaration.span().file().path() != null
                        && declaration.span().file().path().toAbsolutePath().normalize().equals(at.file())) {
                    var range = Protocol.range(declaration.span());
                    symbols.add(Either.forRight(new DocumentSymbol(declaration.name(), Protocol.symbolKind(declaration),
                            range, range, declaration.kind())));
                }
            }
            return symbols;
        });
    }

    /**
     * Renames a declared name everywhere in the model's files, declaration and references alike,
     * quoting the new name where it must be; refuses a name that something else already has.
     */
    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return requests.answer("rename", () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            NameOccurrence name = at.name().orElseThrow(() ->
                    Requests.failure(ResponseErrorCode.InvalidParams, "there is no name here to rename"));
            String wanted = unquoted(params.getNewName());
            List<NameOccurrence> declared = at.model().declarationsOf(name);
            if (declared.isEmpty()) {
                throw Requests.failure(ResponseErrorCode.InvalidParams, "'" + name.name()
                        + "' is not declared in this model, so it cannot be renamed");
            }
            if (wanted.isBlank() || wanted.length() > Limits.NAME_LENGTH || wanted.chars().anyMatch(Character::isISOControl)) {
                throw Requests.failure(ResponseErrorCode.InvalidParams, "a name has 1 to " + Limits.NAME_LENGTH
                        + " characters and no line breaks");
            }
            List<NameOccurrence> clash = at.model().declarationsOf(wanted);
            if (!clash.isEmpty() && !wanted.equals(name.name())) {
                throw Requests.failure(ResponseErrorCode.InvalidParams, "'" + wanted + "' is taken: a "
                        + clash.get(0).kind() + " declared at " + clash.get(0).span().location());
            }
            String written = Session.asWritten(wanted);
            Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
            for (NameOccurrence occurrence : at.model().occurrencesOf(name)) {
                changes.computeIfAbsent(Protocol.uri(occurrence.span().file().path()), uri -> new ArrayList<>())
                        .add(new TextEdit(Protocol.range(occurrence.span()), written));
            }
            return new WorkspaceEdit(changes);
        });
    }

    /** The whole document as {@code caplan fmt} writes it; refused while the text has syntax errors. */
    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return requests.answer("formatting", () -> {
            At at = at(params.getTextDocument().getUri(), null);
            Diagnostics problems = new Diagnostics();
            String formatted = Formatting.formatText(new SourceFile(at.file().toString(), at.file(), at.text()), problems);
            if (formatted == null) {
                throw Requests.failure(ResponseErrorCode.RequestFailed, "not formatted: the file has syntax errors");
            }
            return formatted.equals(at.text()) ? List.of()
                    : List.of(new TextEdit(at.lines().range(0, at.text().length()), formatted));
        });
    }

    private static String unquoted(String name) {
        String text = name == null ? "" : name.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}

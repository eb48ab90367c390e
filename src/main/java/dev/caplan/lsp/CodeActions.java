package dev.caplan.lsp;

import dev.caplan.engine.QuickFixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes for the diagnostics the editor sends with a code-action request (those of caplan
 * under the cursor): the engine's {@link QuickFixes} (a did-you-mean name, a name quoted, an ISO
 * date), each as an edit of the document that carries the diagnostic it fixes.
 */
final class CodeActions {
    /** What {@link Protocol#diagnostic} puts between a message and its hint. */
    private static final String HINT = "\nhint: ";

    List<Either<Command, CodeAction>> of(Documents.At at, CodeActionParams params) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (params.getContext() == null || params.getContext().getDiagnostics() == null
                || params.getContext().getOnly() != null && params.getContext().getOnly().stream()
                        .noneMatch(kind -> CodeActionKind.QuickFix.startsWith(kind))) {
            return actions;
        }
        String uri = params.getTextDocument().getUri();
        for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
            if (!"caplan".equals(diagnostic.getSource()) || diagnostic.getCode() == null || !diagnostic.getCode().isLeft()
                    || diagnostic.getMessage() == null || !diagnostic.getMessage().isLeft() || diagnostic.getRange() == null) {
                continue;
            }
            String text = diagnostic.getMessage().getLeft();
            int split = text.indexOf(HINT);
            String message = split < 0 ? text : text.substring(0, split);
            String hint = split < 0 ? null : text.substring(split + HINT.length());
            int start = at.lines().offset(diagnostic.getRange().getStart());
            int end = at.lines().offset(diagnostic.getRange().getEnd());
            for (QuickFixes.QuickFix fix : QuickFixes.of(diagnostic.getCode().getLeft(), message, hint, at.text(), start, end)) {
                CodeAction action = new CodeAction(fix.title());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setIsPreferred(fix.preferred());
                action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(
                        new TextEdit(at.lines().range(fix.start(), fix.end()), fix.newText())))));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }
}

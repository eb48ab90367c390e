package dev.caplan.lsp;

import dev.caplan.engine.EditorFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Inlay hints at the end of a line: a let's value on the reference date ({@code = 1965?}, {@code -}
 * when unknown, {@code 2185 (2085–2285)} when bounded) and a check's outcome ({@code ✓ holds ...},
 * {@code ✗ fails on ...}), with the longer text as the tooltip. None while the model's text has
 * errors, and none when the editor switched them off ({@code caplan.inlayHints}).
 */
final class InlayHints {
    /** At most this many hints per request: an editor asks for the lines it shows. */
    static final int MAX_HINTS = 2_000;

    private final EditorSettings settings;
    private final LastFacts facts;

    InlayHints(EditorSettings settings, LastFacts facts) {
        this.settings = settings;
        this.facts = facts;
    }

    List<InlayHint> of(Documents.At at, Range range, LocalDate day) {
        if (!settings.inlayHints()) {
            return List.of();
        }
        int from = range == null ? 0 : at.lines().offset(range.getStart());
        int to = range == null ? at.text().length() : at.lines().offset(range.getEnd());
        List<InlayHint> hints = new ArrayList<>();
        for (EditorFacts.LineNote note : facts.of(at.model(), day).lineNotes(at.file(), from, to)) {
            if (hints.size() == MAX_HINTS) {
                break;
            }
            InlayHint hint = new InlayHint(at.lines().position(note.offset()), Either.forLeft(note.label()));
            hint.setTooltip(note.detail());
            hint.setPaddingLeft(true);
            hints.add(hint);
        }
        return hints;
    }
}

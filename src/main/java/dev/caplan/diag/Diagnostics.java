package dev.caplan.diag;

import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The collector every stage writes its diagnostics to. Not thread-safe; one per load. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private final Set<Diagnostic> seen = new HashSet<>();

    /**
     * Adds a diagnostic, unless the very same one (code, place, message, hint) is there already: a
     * declaration checked once per scenario must not report one mistake a thousand times.
     */
    public Diagnostic add(Diagnostic diagnostic) {
        if (seen.add(diagnostic)) {
            items.add(diagnostic);
        }
        return diagnostic;
    }

    public Diagnostic error(Code code, Span span, String message) {
        return add(Diagnostic.error(code, span, message));
    }

    public Diagnostic error(Code code, Span span, String message, String hint) {
        return add(Diagnostic.error(code, span, message).withHint(hint));
    }

    public void addAll(Diagnostics other) {
        other.items.forEach(this::add);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** In file order, then by position, so output reads top to bottom like the model. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.span() == null ? "" : d.span().file().displayName())
                .thenComparingInt(d -> d.span() == null ? -1 : d.span().start()));
        return Collections.unmodifiableList(copy);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }
}

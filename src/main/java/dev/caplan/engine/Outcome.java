package dev.caplan.engine;

import dev.caplan.diag.Diagnostic;
import java.util.List;

/** A result with the diagnostics found while computing it; {@code value} is null when an error stopped it. */
public record Outcome<T>(T value, List<Diagnostic> diagnostics) {
    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The value transformed, when there is one; the diagnostics stay. */
    public <U> Outcome<U> map(java.util.function.Function<T, U> function) {
        return new Outcome<>(value == null ? null : function.apply(value), diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

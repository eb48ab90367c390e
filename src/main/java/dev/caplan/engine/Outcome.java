package dev.caplan.engine;

import dev.caplan.diag.Diagnostic;
import dev.caplan.eval.EvalException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A result with the diagnostics found while computing it; {@code value} is null when an error stopped it. */
public record Outcome<T>(T value, List<Diagnostic> diagnostics) {
    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The value transformed, when there is one; the diagnostics stay. */
    public <U> Outcome<U> map(Function<T, U> function) {
        return new Outcome<>(value == null ? null : function.apply(value), diagnostics);
    }

    /** An outcome with nothing but one problem. */
    static <T> Outcome<T> failed(Diagnostic diagnostic) {
        return new Outcome<>(null, List.of(diagnostic));
    }

    /**
     * Runs an evaluation; a failure it meets becomes the outcome's diagnostic, with the code and
     * hint the evaluator gave it. Every evaluation the engine runs goes through here.
     */
    static <T> Outcome<T> guarded(Supplier<T> evaluation) {
        try {
            return new Outcome<>(evaluation.get(), List.of());
        } catch (EvalException e) {
            return failed(e.diagnostic());
        }
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

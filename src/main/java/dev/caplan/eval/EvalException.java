package dev.caplan.eval;

import dev.caplan.source.Span;

/**
 * A problem only evaluation can find (division by zero on some day, a number too large). Thrown
 * inside the evaluator and turned into a diagnostic at the engine boundary; never escapes it.
 */
public final class EvalException extends RuntimeException {
    private final transient Span span;

    public EvalException(Span span, String message) {
        super(message);
        this.span = span;
    }

    public Span span() {
        return span;
    }
}

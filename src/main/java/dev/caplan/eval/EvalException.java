package dev.caplan.eval;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.source.Span;

/**
 * A problem only evaluation can find (a number too large, a value asked for on a day it is
 * unknown). Thrown inside the evaluator with its code and hint, and turned into a diagnostic once,
 * at the engine boundary ({@link #diagnostic()}); it never escapes the engine.
 */
public final class EvalException extends RuntimeException {
    private final Code code;
    private final transient Span span;
    private final String hint;

    public EvalException(Code code, Span span, String message, String hint) {
        super(message);
        this.code = code;
        this.span = span;
        this.hint = hint;
    }

    /** An arithmetic failure without a hint. */
    public EvalException(Span span, String message) {
        this(Code.ARITHMETIC, span, message, null);
    }

    public Span span() {
        return span;
    }

    /** The problem as a diagnostic: the one form in which it reaches a user. */
    public Diagnostic diagnostic() {
        return Diagnostic.error(code, span, getMessage()).withHint(hint);
    }
}

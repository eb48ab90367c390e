package dev.caplan.diag;

import dev.caplan.source.Span;

/**
 * One problem found in a model: a value, never an exception, so every stage can report all of
 * its problems in one run. The span is null only for problems that have no place in a file
 * (a path on the command line that does not exist); the hint is null when there is none.
 */
public record Diagnostic(Severity severity, Code code, String message, Span span, String hint) {

    public static Diagnostic error(Code code, Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, message, span, null);
    }

    public static Diagnostic warning(Code code, Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, message, span, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, message, span, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

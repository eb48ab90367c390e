package dev.caplan.memo;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;

/**
 * One line of a fenced {@code caplan} block: what to show there. {@code line} is its line in the
 * memo (1-based), {@code span} its text there.
 *
 * <pre>
 * report table_a
 * query capacity[IJsselland] by kind over 2023-01 .. 2023-06 monthly
 * checks
 * explain azc at 2023-07-01
 * </pre>
 */
sealed interface Directive {

    Span span();

    default int line() {
        return span().line();
    }

    /** {@code report NAME}: a report of the model, as {@code caplan eval --report NAME} prints it. */
    record Report(String name, Span span) implements Directive {
    }

    /** {@code query EXPR [at DATE | over RANGE]}: a table, as {@code caplan query} gives it. */
    record Query(Asked asked, Span span) implements Directive {
    }

    /** {@code checks}: the model's checks and reported figures, and what they find. */
    record Checks(Span span) implements Directive {
    }

    /** {@code explain EXPR at DATE}: how a value was computed, as {@code caplan explain} shows it. */
    record Explain(Asked asked, Span span) implements Directive {
    }

    /** A line that is none of these; {@code problem} says why. */
    record Unreadable(Diagnostic problem, Span span) implements Directive {
    }

    /** Reads the line of {@code memo} that starts at {@code start} and is {@code text} (without its line end). */
    static Directive read(SourceFile memo, int start, String text) {
        Span span = new Span(memo, start, start + text.length());
        String stripped = text.strip();
        int lead = text.length() - text.stripLeading().length();
        int space = stripped.indexOf(' ');
        String word = space < 0 ? stripped : stripped.substring(0, space);
        String rest = space < 0 ? "" : stripped.substring(space);
        int restStart = start + lead + word.length();
        return switch (word) {
            case "report" -> rest.isBlank() || rest.strip().contains(" ")
                    ? unreadable(span, "report needs one report's name", "write: report table_a")
                    : new Report(rest.strip(), span);
            case "query" -> rest.isBlank() ? unreadable(span, "query needs an expression",
                    "write: query capacity[IJsselland] by kind at 2023-07-01")
                    : new Query(Asked.split(rest, restStart), span);
            case "explain" -> rest.isBlank() ? unreadable(span, "explain needs an expression and a day",
                    "write: explain azc at 2023-07-01") : new Explain(Asked.split(rest, restStart), span);
            case "checks" -> rest.isBlank() ? new Checks(span)
                    : unreadable(span, "checks takes nothing after it", "write: checks");
            default -> unreadable(span, "'" + word + "' is not something a caplan block shows",
                    "a caplan block's lines are: report NAME, query EXPR [at DATE | over RANGE], checks, "
                            + "explain EXPR at DATE");
        };
    }

    private static Directive unreadable(Span span, String message, String hint) {
        return new Unreadable(Diagnostic.error(Code.MEMO, span, message).withHint(hint), span);
    }
}

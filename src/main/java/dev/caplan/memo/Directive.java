package dev.caplan.memo;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.output.ChartSize;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a fenced {@code caplan} block: what to show there. {@code line} is its line in the
 * memo (1-based), {@code span} its text there.
 *
 * <pre>
 * report table_a
 * query capacity[IJsselland] by kind over 2023-01 .. 2023-06 monthly
 * checks
 * explain azc at 2023-07-01
 * chart azc, cno over 2022-01 .. 2024-12 monthly size 640x320
 * </pre>
 */
sealed interface Directive {
    /** A chart's size at the end of its line: {@code size 640x320}. */
    Pattern SIZE = Pattern.compile("\\s+size\\s+(\\S+)\\s*$");

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

    /** {@code chart EXPR, EXPR over RANGE [size WxH]}: a chart, as {@code caplan chart} draws it. */
    record Chart(Asked asked, ChartSize size, Span span) implements Directive {
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
            case "chart" -> chart(span, rest, restStart);
            case "checks" -> rest.isBlank() ? new Checks(span)
                    : unreadable(span, "checks takes nothing after it", "write: checks");
            default -> unreadable(span, "'" + word + "' is not something a caplan block shows",
                    "a caplan block's lines are: report NAME, query EXPR [at DATE | over RANGE], checks, "
                            + "explain EXPR at DATE, chart EXPR, EXPR over RANGE [size WxH]");
        };
    }

    private static Directive chart(Span span, String rest, int restStart) {
        Matcher sized = SIZE.matcher(rest);
        ChartSize size = ChartSize.DEFAULT;
        String asked = rest;
        if (sized.find()) {
            size = ChartSize.parse(sized.group(1));
            if (size == null) {
                return unreadable(span, "a chart's size is WIDTHxHEIGHT in pixels, from " + ChartSize.MIN_WIDTH + "x"
                        + ChartSize.MIN_HEIGHT + " to " + ChartSize.MAX_WIDTH + "x" + ChartSize.MAX_HEIGHT
                        + ", not '" + sized.group(1) + "'", "write: size 640x320");
            }
            asked = rest.substring(0, sized.start());
        }
        Asked split = Asked.split(asked, restStart);
        if (split.expression().isBlank() || split.over() == null) {
            return unreadable(span, "chart needs expressions and the periods it is drawn over",
                    "write: chart azc, cno over 2022-01 .. 2024-12 monthly");
        }
        return new Chart(split, size, span);
    }

    private static Directive unreadable(Span span, String message, String hint) {
        return new Unreadable(Diagnostic.error(Code.MEMO, span, message).withHint(hint), span);
    }
}

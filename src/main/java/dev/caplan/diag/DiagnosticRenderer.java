package dev.caplan.diag;

import dev.caplan.source.Limits;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders diagnostics in the one format used everywhere (command line, REPL, golden files):
 * <pre>
 * models/x.caplan:12:10: error: unknown name 'Kampn' [E-UNKNOWN-NAME]
 *    12 | location "X" in Kampn kind AZC {
 *       |                 ^^^^^
 *       = hint: did you mean 'Kampen'?
 * </pre>
 * The first line is the GNU {@code file:line:col} form, which editors and terminals link to.
 *
 * <p>Whatever the input, the rendering stays readable and bounded: invisible characters in the
 * message and the excerpt are escaped ({@link Visible}; the carets still stand under the place), a
 * source line longer than {@link Limits#EXCERPT_WIDTH} shows a window around the caret cut with
 * {@code …}, and a list shows its first {@link Limits#DIAGNOSTICS_SHOWN} diagnostics and counts the
 * rest in one line.
 */
public final class DiagnosticRenderer {
    /** Marks where an excerpt's line is cut. */
    static final String CUT = "…";
    /** Columns an excerpt shows before the caret when it must cut the line. */
    private static final int BEFORE_CARET = Limits.EXCERPT_WIDTH / 3;

    private DiagnosticRenderer() {
    }

    /** The diagnostics, the first {@link Limits#DIAGNOSTICS_SHOWN} of them, then a line counting the rest. */
    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(diagnostics.size(), Limits.DIAGNOSTICS_SHOWN);
        for (Diagnostic diagnostic : diagnostics.subList(0, shown)) {
            out.append(render(diagnostic));
        }
        int more = diagnostics.size() - shown;
        if (more > 0) {
            out.append("and ").append(plural(more, "more diagnostic")).append('\n');
        }
        return out.toString();
    }

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Span span = d.span();
        if (span != null) {
            out.append(Visible.text(span.location())).append(": ");
        } else {
            out.append("caplan: ");
        }
        out.append(d.severity().label()).append(": ").append(Visible.lines(d.message()))
                .append(" [").append(d.code().id()).append("]\n");
        String gutter = "";
        if (span != null) {
            String number = String.valueOf(span.line());
            gutter = " ".repeat(number.length() + 1);
            Excerpt excerpt = Excerpt.of(span);
            out.append(' ').append(number).append(" | ").append(excerpt.text()).append('\n');
            out.append(gutter).append(" | ").append(" ".repeat(excerpt.caret()))
                    .append("^".repeat(excerpt.width())).append('\n');
        }
        if (d.hint() != null) {
            out.append(gutter).append(span != null ? " = " : "  ").append("hint: ").append(Visible.lines(d.hint()))
                    .append('\n');
        }
        return out.toString();
    }

    /** The closing line of a run with errors, e.g. "3 errors, 1 warning". */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * The line of a span as shown (tabs as spaces, invisible characters escaped, a long line cut to
     * a window), with the caret's column in it and how many carets mark the span.
     */
    record Excerpt(String text, int caret, int width) {

        static Excerpt of(Span span) {
            SourceFile file = span.file();
            String source = file.text();
            int line = span.line();
            int lineStart = file.lineStart(line);
            int lineEnd = line < file.lineCount() ? file.lineStart(line + 1) : source.length();
            while (lineEnd > lineStart && (source.charAt(lineEnd - 1) == '\n' || source.charAt(lineEnd - 1) == '\r')) {
                lineEnd--;
            }
            int caret = Math.max(lineStart, Math.min(span.start(), lineEnd));
            int markEnd = Math.max(caret, Math.min(span.end(), lineEnd));
            // Every character shows as one column or more, so nothing further than the width from the
            // caret can be in view: a line of megabytes costs no more than a short one.
            int from = Math.max(lineStart, caret - Limits.EXCERPT_WIDTH);
            int to = Math.min(lineEnd, caret + Limits.EXCERPT_WIDTH);
            if (from > lineStart && Character.isLowSurrogate(source.charAt(from))) {
                from++;
            }
            List<String> pieces = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            int column = 0;
            int caretPiece = -1;
            int markEndPiece = -1;
            for (int i = from; i < to; ) {
                if (i >= caret && caretPiece < 0) {
                    caretPiece = pieces.size();
                }
                if (i >= markEnd && markEndPiece < 0) {
                    markEndPiece = pieces.size();
                }
                int codePoint = source.codePointAt(i);
                i += Character.charCount(codePoint);
                String shown = codePoint == '\t' ? " " : Visible.of(codePoint);
                pieces.add(shown);
                columns.add(column);
                column += shown.length();
            }
            columns.add(column);
            caretPiece = caretPiece < 0 ? pieces.size() : caretPiece;
            markEndPiece = markEndPiece < 0 ? pieces.size() : markEndPiece;
            int caretColumn = columns.get(caretPiece);

            int first = 0;
            int last = pieces.size();
            if (from > lineStart || to < lineEnd || column > Limits.EXCERPT_WIDTH) {
                int start = Math.max(0, Math.min(caretColumn - BEFORE_CARET, column - Limits.EXCERPT_WIDTH));
                while (columns.get(first) < start) {
                    first++;
                }
                while (columns.get(last) - columns.get(first) > Limits.EXCERPT_WIDTH) {
                    last--;
                }
            }
            boolean cutLeft = first > 0 || from > lineStart;
            boolean cutRight = last < pieces.size() || to < lineEnd;
            String text = (cutLeft ? CUT : "") + String.join("", pieces.subList(first, last)) + (cutRight ? CUT : "");
            int shownCaret = (cutLeft ? CUT.length() : 0) + caretColumn - columns.get(first);
            int marked = columns.get(Math.min(markEndPiece, last)) - caretColumn;
            return new Excerpt(text, shownCaret, Math.max(1, marked));
        }
    }
}

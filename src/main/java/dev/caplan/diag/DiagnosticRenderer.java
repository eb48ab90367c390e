package dev.caplan.diag;

import dev.caplan.source.Span;
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
 */
public final class DiagnosticRenderer {

    private DiagnosticRenderer() {
    }

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(render(diagnostic));
        }
        return out.toString();
    }

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Span span = d.span();
        if (span != null) {
            out.append(span.location()).append(": ");
        } else {
            out.append("caplan: ");
        }
        out.append(d.severity().label()).append(": ").append(d.message())
                .append(" [").append(d.code().id()).append("]\n");
        String gutter = "";
        if (span != null) {
            int line = span.line();
            String number = String.valueOf(line);
            gutter = " ".repeat(number.length() + 1);
            String text = span.file().lineText(line).replace('\t', ' ');
            int column = span.column() - 1;
            int lineEnd = span.file().lineStart(line) + text.length();
            int width = Math.max(1, Math.min(span.end(), lineEnd) - span.start());
            out.append(' ').append(number).append(" | ").append(text).append('\n');
            out.append(gutter).append(" | ").append(" ".repeat(Math.min(column, text.length())))
                    .append("^".repeat(width)).append('\n');
        }
        if (d.hint() != null) {
            out.append(gutter).append(span != null ? " = " : "  ").append("hint: ").append(d.hint()).append('\n');
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
}

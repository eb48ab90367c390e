package dev.caplan.engine;

import dev.caplan.check.CheckedModel;
import dev.caplan.check.Column;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart asked of a model: expressions separated by commas ({@code azc, cno}) over periods. Each
 * expression is one {@link Question}, checked as a query's is; the columns are those of the first
 * (all are asked over the same {@code over}).
 */
record ChartQuestion(List<Question> questions, List<Column> columns) {
    private static final String EXPRESSION = "<expression>";

    /** Null when there are errors (in {@code diagnostics}). */
    static ChartQuestion of(CheckedModel model, String expressions, String over, Diagnostics diagnostics) {
        if (over == null || over.isBlank()) {
            diagnostics.add(Diagnostic.error(Code.USAGE, null, "a chart needs the periods it is drawn over")
                    .withHint("say over which, such as: over 2022-01 .. 2024-12 monthly"));
            return null;
        }
        List<Question> questions = new ArrayList<>();
        SourceFile whole = SourceFile.ofText(EXPRESSION, expressions);
        for (String part : split(expressions)) {
            if (part.isBlank()) {
                diagnostics.add(Diagnostic.error(Code.USAGE, null, "a chart's expressions are separated by single "
                        + "commas, and none is empty").withHint("write: azc, cno"));
                return null;
            }
            // each part keeps the other parts' places as spaces, so a diagnostic's column is its column in the whole
            // text; the diagnostic then shows the whole text
            Diagnostics found = new Diagnostics();
            Question question = Question.of(model, part, null, over, found);
            found.all().forEach(d -> diagnostics.add(inWhole(d, whole)));
            if (question == null) {
                return null;
            }
            questions.add(question);
        }
        if (questions.get(0).columns().isEmpty()) {
            diagnostics.add(Diagnostic.error(Code.USAGE, null, "a chart needs at least one period to be drawn over"));
            return null;
        }
        return new ChartQuestion(questions, questions.get(0).columns());
    }

    private static Diagnostic inWhole(Diagnostic diagnostic, SourceFile whole) {
        Span span = diagnostic.span();
        if (span == null || span.file().path() != null || !span.file().displayName().equals(EXPRESSION)) {
            return diagnostic;
        }
        return new Diagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.message(),
                new Span(whole, span.start(), span.end()), diagnostic.hint());
    }

    /**
     * The expressions, each as long as the whole text with every other character a space: commas
     * inside brackets, parentheses and quotes do not split.
     */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        boolean[] top = TopLevel.of(text);
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || top[i] && text.charAt(i) == ',') {
                parts.add(" ".repeat(from) + text.substring(from, i) + " ".repeat(text.length() - i));
                from = i + 1;
            }
        }
        return parts;
    }
}

package dev.caplan.engine;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.ReplInput;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Checker;
import dev.caplan.check.Column;
import dev.caplan.check.ColumnResolver;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A question to a model: a checked expression, the columns it is asked about (none: the whole
 * series), and the text it is shown as. Made from the command line's words or from REPL input;
 * both go through {@link #checked}, the one path for the day and the periods a question is asked
 * about, and from there one path answers it ({@link Plan#ask}).
 */
record Question(Expr expr, List<Column> columns, String shown) {

    /**
     * From the command line: an expression, and {@code at} (a date or period) or {@code over}
     * (column specifications such as {@code 2023-01 .. 2023-12 monthly}); null when there are errors.
     * The option values are read in pseudo-files named after their option ({@link OptionText}).
     */
    static Question of(CheckedModel model, String expression, String at, String over, Diagnostics diagnostics) {
        Expr expr = ModelParser.parseExpr(SourceFile.ofText("<expression>", expression), diagnostics);
        PeriodLit day = at == null ? null : ModelParser.parsePeriod(OptionText.of("at", at), diagnostics);
        List<ColumnSpec> specs = over == null ? null : ModelParser.parseColumns(OptionText.of("over", over), diagnostics);
        return checked(model, expr, day, specs == null ? List.of() : specs, expression.strip(), diagnostics);
    }

    /**
     * From the REPL: an expression typed as {@code text} (as parsed: spans count from its start), with
     * the periods to show it over; an expression {@code x at D} without them is shown at D.
     * {@code diagnostics} holds what parsing the input found (a period that does not exist is
     * reported there), so an input with errors asks nothing. Null when there are errors.
     */
    static Question of(CheckedModel model, ReplInput.Expression input, String text, Diagnostics diagnostics) {
        PeriodLit day = input.over().isEmpty() && input.expr() instanceof Expr.At at ? at.when() : null;
        String shown = input.over().isEmpty() ? text.strip() : text.substring(0, input.expr().span().end()).strip();
        return checked(model, input.expr(), day, input.over(), shown, diagnostics);
    }

    /**
     * The one path for both: the day ({@code day}, may be null) or the periods ({@code over}) become
     * columns, each period checked to exist; the expression is checked against the model. Null
     * when anything, here or before, is an error.
     */
    private static Question checked(CheckedModel model, Expr expr, PeriodLit day, List<ColumnSpec> over, String shown,
                                    Diagnostics diagnostics) {
        List<Column> columns = new ArrayList<>();
        if (day != null && exists(day, diagnostics)) {
            columns.add(Column.ofDay(day.period().start()));
        }
        for (ColumnSpec spec : over) {
            boolean first = exists(spec.first(), diagnostics);
            if (first && (!spec.isRange() || exists(spec.last(), diagnostics))) {
                columns.addAll(ColumnResolver.expand(spec, diagnostics));
            }
        }
        if (expr != null) {
            Checker.checkExpression(model, expr, diagnostics);
        }
        return diagnostics.hasErrors() || expr == null ? null : new Question(expr, columns, shown);
    }

    /**
     * Whether a period as written exists. One that does not (2023-02-30, 2023-Q5) stops the
     * question: it was never to be skipped, as if it had not been written. The parser has
     * normally said why; if it has not, it is said here.
     */
    private static boolean exists(PeriodLit period, Diagnostics diagnostics) {
        if (period.isValid()) {
            return true;
        }
        boolean reported = diagnostics.all().stream().anyMatch(d -> d.isError() && period.span().equals(d.span()));
        if (!reported) {
            diagnostics.add(Diagnostic.error(Code.BAD_DATE, period.span(), "'" + period.text()
                    + "' is not a date or period").withHint("write a date as YYYY-MM-DD, or a period as 2023-01, "
                    + "2023-Q1, 2023-H1 or 2023"));
        }
        return false;
    }
}

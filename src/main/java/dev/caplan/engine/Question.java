package dev.caplan.engine;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.ReplInput;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Checker;
import dev.caplan.check.Column;
import dev.caplan.check.ColumnResolver;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A question to a model: a checked expression, the columns it is asked about (none: the whole
 * series), and the text it is shown as. Made from the command line's words or from REPL input;
 * from there one path answers it ({@link Plan#ask}).
 */
record Question(Expr expr, List<Column> columns, String shown) {

    /**
     * From the command line: an expression, and {@code at} (a date or period) or {@code over}
     * (column specifications such as {@code 2023-01 .. 2023-12 monthly}); null when there are errors.
     */
    static Question of(CheckedModel model, String expression, String at, String over, Diagnostics diagnostics) {
        Expr expr = ModelParser.parseExpr(SourceFile.ofText("<expression>", expression), diagnostics);
        List<Column> columns = new ArrayList<>();
        if (at != null) {
            PeriodLit period = ModelParser.parsePeriod(SourceFile.ofText("<--at>", at), diagnostics);
            if (period != null && period.isValid()) {
                columns.add(Column.ofDay(period.period().start()));
            }
        }
        if (over != null) {
            List<ColumnSpec> specs = ModelParser.parseColumns(SourceFile.ofText("<--over>", over), diagnostics);
            for (ColumnSpec spec : specs == null ? List.<ColumnSpec>of() : specs) {
                columns.addAll(ColumnResolver.expand(spec, diagnostics));
            }
        }
        if (expr != null) {
            Checker.checkExpression(model, expr, diagnostics);
        }
        return diagnostics.hasErrors() ? null : new Question(expr, columns, expression.strip());
    }

    /**
     * From the REPL: an expression typed as {@code text} (as parsed: spans count from its start), with the periods to show it over; an
     * expression {@code x at D} without them is shown at D. Null when there are errors.
     */
    static Question of(CheckedModel model, ReplInput.Expression input, String text, Diagnostics diagnostics) {
        Checker.checkExpression(model, input.expr(), diagnostics);
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec spec : input.over()) {
            columns.addAll(ColumnResolver.expand(spec, diagnostics));
        }
        if (input.expr() instanceof Expr.At at && columns.isEmpty() && at.when().isValid()) {
            columns.add(Column.ofDay(at.when().period().start()));
        }
        String shown = input.over().isEmpty() ? text.strip() : text.substring(0, input.expr().span().end()).strip();
        return diagnostics.hasErrors() ? null : new Question(input.expr(), columns, shown);
    }
}

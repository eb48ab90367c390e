package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.result.NumberFormat;
import dev.caplan.series.Aggregation;
import java.util.List;

/**
 * A report with its columns expanded and its aggregation chosen; totalLabel is null without a
 * total. {@code format} is the report's own (plain without a {@code format} line): the total's,
 * and every row's that has none of its own.
 */
public record CheckedReport(String name, String title, List<Row> rows, List<Column> columns,
                            Aggregation aggregation, String totalLabel, NumberFormat format) {
    public CheckedReport {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** A {@code rows} line: its expression, its label (null: the expression's text) and how its numbers are written. */
    public record Row(Expr expr, String label, NumberFormat format) {
    }
}

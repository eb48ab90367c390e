package dev.caplan.check;

import dev.caplan.ast.ReportEntry;
import dev.caplan.series.Aggregation;
import java.util.List;

/** A report with its columns expanded and its aggregation chosen; totalLabel is null without a total. */
public record CheckedReport(String name, String title, List<ReportEntry.Rows> rows, List<Column> columns,
                            Aggregation aggregation, String totalLabel) {
    public CheckedReport {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }
}

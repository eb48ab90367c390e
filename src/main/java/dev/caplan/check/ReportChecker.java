package dev.caplan.check;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Item;
import dev.caplan.ast.ReportEntry;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.series.Aggregation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks reports: their rows type-check, their columns expand, they have both, names are unique. */
final class ReportChecker {
    private static final List<String> AGGREGATIONS = List.of("start", "end", "average", "min", "max");

    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    ReportChecker(Declarations declarations, Definitions definitions, Diagnostics diagnostics) {
        this.exprs = Checker.checkerFor(declarations, definitions, diagnostics);
        this.diagnostics = diagnostics;
    }

    Map<String, CheckedReport> check(List<Item> items) {
        NameTable<CheckedReport> reports = new NameTable<>("report");
        for (Item item : items) {
            if (item instanceof Item.Report report) {
                CheckedReport checked = check(report);
                if (checked != null) {
                    reports.declare(report.name(), checked, diagnostics);
                }
            }
        }
        return new LinkedHashMap<>(reports.asMap());
    }

    private CheckedReport check(Item.Report report) {
        List<ReportEntry.Rows> rows = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Aggregation aggregation = Aggregation.END;
        String totalLabel = null;
        boolean hasColumns = false;
        for (ReportEntry entry : report.entries()) {
            if (entry instanceof ReportEntry.Rows r) {
                exprs.check(r.expr());
                rows.add(r);
            } else if (entry instanceof ReportEntry.Columns c) {
                hasColumns = true;
                for (ColumnSpec spec : c.specs()) {
                    columns.addAll(ColumnResolver.expand(spec, diagnostics));
                }
            } else if (entry instanceof ReportEntry.Aggregate a) {
                aggregation = aggregation(a, aggregation);
            } else if (entry instanceof ReportEntry.Total t) {
                totalLabel = t.label() == null ? "total" : t.label();
            }
        }
        if (rows.isEmpty() || !hasColumns) {
            diagnostics.error(Code.BAD_REPORT, report.name().span(), "report '" + report.name().text() + "' has no "
                    + (rows.isEmpty() ? "rows" : "columns"), rows.isEmpty()
                    ? "add a line such as: rows capacity by location"
                    : "add a line such as: columns 2023-01-01, 2023-07-01");
            return null;
        }
        return new CheckedReport(report.name().text(), report.title(), rows, columns, aggregation, totalLabel);
    }

    private Aggregation aggregation(ReportEntry.Aggregate entry, Aggregation current) {
        String word = entry.how().text();
        if (!AGGREGATIONS.contains(word)) {
            String hint = NameHints.didYouMean(word, AGGREGATIONS);
            diagnostics.error(Code.BAD_REPORT, entry.how().span(), "unknown aggregation '" + word + "'",
                    hint != null ? hint : "use one of " + String.join(", ", AGGREGATIONS));
            return current;
        }
        return Aggregation.valueOf(word.toUpperCase(Locale.ROOT));
    }
}

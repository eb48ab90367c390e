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
import java.util.Map;
import java.util.Optional;

/** Checks reports: their rows type-check, their columns expand, they have both, names are unique. */
final class ReportChecker {
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    ReportChecker(ExprChecker exprs, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    Map<String, CheckedReport> check(List<Item.Report> items) {
        NameTable<CheckedReport> reports = new NameTable<>("report");
        for (Item.Report report : items) {
            CheckedReport checked = check(report);
            if (checked != null) {
                reports.declare(report.name(), checked, diagnostics);
            }
        }
        return new LinkedHashMap<>(reports.asMap());
    }

    private CheckedReport check(Item.Report report) {
        Entries entries = new Entries();
        report.entries().forEach(entry -> entry.accept(entries));
        if (entries.rows.isEmpty() || !entries.hasColumns) {
            diagnostics.error(Code.BAD_REPORT, report.name().span(), "report '" + report.name().text() + "' has no "
                    + (entries.rows.isEmpty() ? "rows" : "columns"), entries.rows.isEmpty()
                    ? "add a line such as: rows capacity by location"
                    : "add a line such as: columns 2023-01-01, 2023-07-01");
            return null;
        }
        return new CheckedReport(report.name().text(), report.title(), entries.rows, entries.columns,
                entries.aggregation, entries.totalLabel);
    }

    /** What the lines of one report block say, checked. */
    private final class Entries implements ReportEntry.Visitor<Void> {
        final List<ReportEntry.Rows> rows = new ArrayList<>();
        final List<Column> columns = new ArrayList<>();
        Aggregation aggregation = Aggregation.END;
        String totalLabel;
        boolean hasColumns;

        @Override
        public Void visitRows(ReportEntry.Rows entry) {
            exprs.check(entry.expr());
            rows.add(entry);
            return null;
        }

        @Override
        public Void visitColumns(ReportEntry.Columns entry) {
            hasColumns = true;
            for (ColumnSpec spec : entry.specs()) {
                columns.addAll(ColumnResolver.expand(spec, diagnostics));
            }
            return null;
        }

        @Override
        public Void visitAggregate(ReportEntry.Aggregate entry) {
            aggregation = aggregation(entry, aggregation);
            return null;
        }

        @Override
        public Void visitTotal(ReportEntry.Total entry) {
            totalLabel = entry.label() == null ? "total" : entry.label();
            return null;
        }
    }

    private Aggregation aggregation(ReportEntry.Aggregate entry, Aggregation current) {
        String word = entry.how().text();
        Optional<Aggregation> named = Builtin.aggregationNamed(word);
        if (named.isEmpty()) {
            List<String> words = Builtin.aggregationWords();
            String hint = NameHints.didYouMean(word, words);
            diagnostics.error(Code.BAD_REPORT, entry.how().span(), "unknown aggregation '" + word + "'",
                    hint != null ? hint : "use one of " + String.join(", ", words));
            return current;
        }
        return named.get();
    }
}

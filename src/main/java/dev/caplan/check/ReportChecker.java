package dev.caplan.check;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Item;
import dev.caplan.ast.ReportEntry;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.result.NumberFormat;
import dev.caplan.series.Aggregation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks reports: their rows type-check, their columns expand, they have both, names are unique,
 * their formats are well formed.
 */
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
        List<CheckedReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.rows.size(); i++) {
            ReportEntry.Rows row = entries.rows.get(i);
            NumberFormat own = entries.formats.get(i);
            rows.add(new CheckedReport.Row(row.expr(), row.label(), own != null ? own : entries.format));
        }
        return new CheckedReport(report.name().text(), report.title(), rows, entries.columns,
                entries.aggregation, entries.totalLabel, entries.format);
    }

    /** What the lines of one report block say, checked. */
    private final class Entries implements ReportEntry.Visitor<Void> {
        final List<ReportEntry.Rows> rows = new ArrayList<>();
        /** Each row's own format, null where it has none (the report's applies, wherever its line is). */
        final List<NumberFormat> formats = new ArrayList<>();
        NumberFormat format = NumberFormat.PLAIN;
        ReportEntry.Format formatLine;
        final List<Column> columns = new ArrayList<>();
        Aggregation aggregation = Aggregation.END;
        String totalLabel;
        boolean hasColumns;

        @Override
        public Void visitRows(ReportEntry.Rows entry) {
            exprs.check(entry.expr());
            rows.add(entry);
            formats.add(entry.format() == null ? null : NumberFormats.of(entry.format(), diagnostics));
            return null;
        }

        @Override
        public Void visitFormat(ReportEntry.Format entry) {
            if (formatLine != null) {
                diagnostics.error(Code.BAD_REPORT, entry.span(), "a report has one format line",
                        "the other is on line " + formatLine.span().line() + "; a row may have a format of its own: "
                                + "rows EXPR format percent 1");
                return null;
            }
            formatLine = entry;
            format = NumberFormats.of(entry.spec(), diagnostics);
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

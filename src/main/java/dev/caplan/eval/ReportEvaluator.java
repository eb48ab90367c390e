package dev.caplan.eval;

import dev.caplan.check.CheckedReport;
import dev.caplan.check.Column;
import dev.caplan.eval.Value.Grouped;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.series.Aggregation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays evaluated values out as a table: a date column shows the value on that day, a period
 * column the value aggregated over the period; the total row sums the rows shown.
 */
public final class ReportEvaluator {
    private final Evaluator evaluator;

    public ReportEvaluator(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public ResultTable evaluate(CheckedReport report) {
        List<ResultRow> rows = new ArrayList<>();
        String rowHeader = null;
        long cells = 0;
        for (CheckedReport.Row entry : report.rows()) {
            Value value = evaluator.evaluate(entry.expr());
            cells += (long) report.columns().size() * (value instanceof Grouped grouped ? grouped.labels().size() : 1);
            LayoutLimit.check(cells, entry.expr().span());
            if (value instanceof Grouped grouped) {
                rowHeader = rowHeader == null ? grouped.key() : rowHeader;
                for (int i = 0; i < grouped.labels().size(); i++) {
                    rows.add(row(grouped.labels().get(i), grouped.members().get(i), report.columns(), report.aggregation())
                            .withFormat(entry.format()));
                }
            } else {
                String label = entry.label() != null ? entry.label() : entry.expr().span().text();
                rows.add(row(label, (Single) value, report.columns(), report.aggregation()).withFormat(entry.format()));
            }
        }
        ResultRow total = report.totalLabel() == null ? null
                : total(report.totalLabel(), rows, report.columns().size()).withFormat(report.format());
        return new ResultTable(report.name(), report.title(), rowHeader == null ? "" : rowHeader,
                Headings.of(report.columns()), rows, total);
    }

    /**
     * One row: each column's value as {@link Cells} decides it. A value known on every day, exact and
     * never partial is read on day columns with a moving cursor: a daily report over years reads
     * thousands of days.
     */
    static ResultRow row(String label, Single value, List<Column> columns, Aggregation aggregation) {
        List<ResultCell> cells = new ArrayList<>(columns.size());
        boolean plain = value.known() == null && value.partial() == null && !value.hasBounds();
        DayReader expectedOnDays = new DayReader(value.expected());
        DayReader firmOnDays = new DayReader(value.firm());
        ResultCell previous = null;
        for (Column column : columns) {
            if (column.isDay() && plain) {
                BigDecimal expected = expectedOnDays.at(column.day());
                BigDecimal firm = firmOnDays.at(column.day());
                // the reader hands out one decimal per segment: a day in the same segment as the
                // day before gets the same cell, so a daily row makes a cell per change, not per day
                if (previous == null || previous.value() != expected || previous.firm() != firm) {
                    previous = new ResultCell(expected, firm);
                }
                cells.add(previous);
            } else {
                cells.add(Cells.of(value, column, aggregation));
            }
        }
        return new ResultRow(label, cells);
    }

    static ResultRow total(String label, List<ResultRow> rows, int columnCount) {
        List<ResultCell> cells = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            if (c > 0 && sameAsColumnBefore(rows, c)) {
                cells.add(cells.get(c - 1)); // every row the same cell as in the column before: the same total
                continue;
            }
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal firm = BigDecimal.ZERO;
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ZERO;
            boolean known = true;
            boolean partial = false;
            for (ResultRow row : rows) {
                ResultCell cell = row.cells().get(c);
                known &= cell.isKnown();
                if (known) {
                    value = value.add(cell.value());
                    firm = firm.add(cell.firm());
                    low = low.add(cell.hasBounds() ? cell.low() : cell.value());
                    high = high.add(cell.hasBounds() ? cell.high() : cell.value());
                    partial |= cell.partial();
                }
            }
            cells.add(known ? Cells.bounded(value, firm, low, high).withPartial(partial) : ResultCell.UNKNOWN);
        }
        return new ResultRow(label, cells);
    }

    /** Whether every row has in column {@code c} the very cell it has in the column before. */
    private static boolean sameAsColumnBefore(List<ResultRow> rows, int c) {
        for (ResultRow row : rows) {
            List<ResultCell> cells = row.cells();
            if (cells.get(c) != cells.get(c - 1)) {
                return false;
            }
        }
        return true;
    }
}

package dev.caplan.eval;

import dev.caplan.ast.ReportEntry;
import dev.caplan.check.CheckedReport;
import dev.caplan.check.Column;
import dev.caplan.eval.Value.Grouped;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays evaluated values out as a table: a date column shows the value on that day, a period or
 * span column the value aggregated over its days; the total row sums the rows shown.
 */
public final class ReportEvaluator {
    private final Evaluator evaluator;

    public ReportEvaluator(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public ResultTable evaluate(CheckedReport report) {
        List<ResultRow> rows = new ArrayList<>();
        String rowHeader = null;
        for (ReportEntry.Rows entry : report.rows()) {
            Value value = evaluator.evaluate(entry.expr());
            if (value instanceof Grouped grouped) {
                rowHeader = rowHeader == null ? grouped.key() : rowHeader;
                for (int i = 0; i < grouped.labels().size(); i++) {
                    rows.add(row(grouped.labels().get(i), grouped.members().get(i), report.columns(), report.aggregation()));
                }
            } else {
                String label = entry.label() != null ? entry.label() : entry.expr().span().text();
                rows.add(row(label, (Single) value, report.columns(), report.aggregation()));
            }
        }
        ResultRow total = report.totalLabel() == null ? null : total(report.totalLabel(), rows, report.columns().size());
        return new ResultTable(report.name(), report.title(), rowHeader == null ? "" : rowHeader,
                report.columns().stream().map(Column::label).toList(), rows, total);
    }

    static ResultRow row(String label, Single value, List<Column> columns, Aggregation aggregation) {
        List<ResultCell> cells = new ArrayList<>(columns.size());
        DayReader expectedOnDays = new DayReader(value.expected());
        DayReader firmOnDays = new DayReader(value.firm());
        for (Column column : columns) {
            if (!value.isKnownAt(column.start())) {
                cells.add(ResultCell.UNKNOWN);
            } else if (column.isDay() && !value.hasBounds()) {
                cells.add(new ResultCell(expectedOnDays.at(column.day()), firmOnDays.at(column.day())));
            } else {
                BigDecimal expected = cell(value, value.expected(), column, aggregation);
                BigDecimal firm = cell(value, value.firm(), column, aggregation);
                if (value.hasBounds()) {
                    cells.add(bounded(expected, firm, cell(value, value.low(), column, aggregation),
                            cell(value, value.high(), column, aggregation)));
                } else {
                    cells.add(new ResultCell(expected, firm));
                }
            }
        }
        return new ResultRow(label, cells);
    }

    /** A cell with bounds, unless on this day the bounds say nothing more than the value. */
    private static ResultCell bounded(BigDecimal expected, BigDecimal firm, BigDecimal low, BigDecimal high) {
        boolean exact = low.compareTo(expected) == 0 && high.compareTo(expected) == 0;
        return exact ? new ResultCell(expected, firm) : new ResultCell(expected, firm, low, high);
    }

    /** A day shows the value on that day; a period or span a level's aggregate or a flow's amount over it. */
    private static BigDecimal cell(Single value, StepSeries series, Column column, Aggregation aggregation) {
        if (column.isDay()) {
            return series.valueAt(column.day());
        }
        if (value.isFlow()) {
            return Flows.sum(series, value.per(), column.start(), column.end());
        }
        return series.aggregate(aggregation, column.start(), column.end());
    }

    static ResultRow total(String label, List<ResultRow> rows, int columnCount) {
        List<ResultCell> cells = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal firm = BigDecimal.ZERO;
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ZERO;
            boolean known = true;
            for (ResultRow row : rows) {
                ResultCell cell = row.cells().get(c);
                known &= cell.isKnown();
                if (known) {
                    value = value.add(cell.value());
                    firm = firm.add(cell.firm());
                    low = low.add(cell.hasBounds() ? cell.low() : cell.value());
                    high = high.add(cell.hasBounds() ? cell.high() : cell.value());
                }
            }
            cells.add(known ? bounded(value, firm, low, high) : ResultCell.UNKNOWN);
        }
        return new ResultRow(label, cells);
    }
}

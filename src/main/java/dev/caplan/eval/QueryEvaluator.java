package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.eval.Value.Grouped;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays out the answer to a query. With columns (one date for {@code --at}, several for
 * {@code --over}) it is a small report; without, a single series is listed as the intervals on
 * which it is constant, and a grouped one gets a column at every day any group changes.
 */
public final class QueryEvaluator {

    private QueryEvaluator() {
    }

    /** {@code columns} is empty for "the whole series". */
    public static ResultTable layout(String expression, Value value, List<Column> columns) {
        if (value instanceof Grouped grouped) {
            List<Column> shown = columns.isEmpty() ? changeColumns(grouped) : columns;
            LayoutLimit.check((long) shown.size() * grouped.labels().size(), null);
            List<ResultRow> rows = new ArrayList<>();
            for (int i = 0; i < grouped.labels().size(); i++) {
                rows.add(ReportEvaluator.row(grouped.labels().get(i), grouped.members().get(i), shown, Aggregation.END));
            }
            ResultRow total = grouped.key().equals("ledger") ? null : ReportEvaluator.total("total", rows, shown.size());
            return new ResultTable(expression, null, grouped.key(), Headings.of(shown), rows, total);
        }
        Single single = (Single) value;
        if (columns.isEmpty()) {
            return intervals(expression, single);
        }
        ResultRow row = ReportEvaluator.row(expression, single, columns, Aggregation.END);
        return new ResultTable(expression, null, "", Headings.of(columns), List.of(row), null);
    }

    private static ResultTable intervals(String expression, Single value) {
        TreeSet<Integer> days = changeDays(value);
        List<ResultRow> rows = new ArrayList<>();
        Integer from = Days.BEGINNING;
        for (Integer next : days) {
            rows.add(interval(from, next, value));
            from = next;
        }
        rows.add(interval(from, Days.END, value));
        return new ResultTable(expression, null, "period", List.of(Heading.of("value")), rows, null);
    }

    private static ResultRow interval(int from, int until, Single value) {
        String start = from == Days.BEGINNING ? "…" : Days.format(from);
        String end = until == Days.END ? "" : Days.format(until - 1);
        String label = from == Days.BEGINNING && until == Days.END ? "always" : start + " .. " + end;
        Column at = Column.ofDay(from == Days.BEGINNING ? until - 1 : from);
        return new ResultRow(label.strip(), ReportEvaluator.row(label, value, List.of(at), Aggregation.END).cells())
                .withDays(Headings.range(from, until == Days.END ? Days.END : until - 1));
    }

    private static List<Column> changeColumns(Grouped grouped) {
        TreeSet<Integer> days = new TreeSet<>();
        grouped.members().forEach(member -> days.addAll(changeDays(member)));
        List<Column> columns = new ArrayList<>();
        days.forEach(day -> columns.add(Column.ofDay(day)));
        if (columns.isEmpty()) {
            columns.add(new Column("always", 0, null));
        }
        return columns;
    }

    private static TreeSet<Integer> changeDays(Single value) {
        TreeSet<Integer> days = new TreeSet<>();
        for (StepSeries series : List.of(value.expected(), value.firm())) {
            for (int day : series.changeDays()) {
                days.add(day);
            }
        }
        return days;
    }

}

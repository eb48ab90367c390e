package dev.caplan.engine;

import dev.caplan.result.PlanDiff;
import dev.caplan.result.PlanDiff.Change;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.result.ValueChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report values that moved between two versions: reports matched by name, rows by label (the
 * total row as its own), columns by heading. A cell moved when its expected or firm value, its
 * bounds, or whether it is known or partial differ; a row or column in one version only moves
 * from or to nothing (a null cell).
 */
final class ReportDiff {

    private ReportDiff() {
    }

    static List<PlanDiff.ReportChange> between(List<ResultTable> before, List<ResultTable> after) {
        Map<String, ResultTable> old = byName(before);
        Map<String, ResultTable> now = byName(after);
        List<PlanDiff.ReportChange> changes = new ArrayList<>();
        now.forEach((name, table) -> {
            ResultTable was = old.get(name);
            changes.add(was == null ? new PlanDiff.ReportChange(name, table.title(), Change.ADDED, rows(table).size(), 0,
                    List.of()) : compare(was, table));
        });
        old.forEach((name, table) -> {
            if (!now.containsKey(name)) {
                changes.add(new PlanDiff.ReportChange(name, table.title(), Change.REMOVED, rows(table).size(), 0, List.of()));
            }
        });
        return changes;
    }

    private static Map<String, ResultTable> byName(List<ResultTable> tables) {
        Map<String, ResultTable> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        return byName;
    }

    /** The rows of a table by label, its total last. */
    private static Map<String, ResultRow> rows(ResultTable table) {
        Map<String, ResultRow> rows = new LinkedHashMap<>();
        table.rows().forEach(row -> rows.putIfAbsent(row.label(), row));
        if (table.total() != null) {
            rows.put(TOTAL + table.total().label(), table.total());
        }
        return rows;
    }

    /** Keeps a total row apart from a row that happens to have the same label. */
    private static final String TOTAL = "\0";

    private static PlanDiff.ReportChange compare(ResultTable was, ResultTable now) {
        Map<String, ResultRow> oldRows = rows(was);
        Map<String, ResultRow> newRows = rows(now);
        List<String> labels = new ArrayList<>(newRows.keySet());
        oldRows.keySet().stream().filter(label -> !newRows.containsKey(label)).forEach(labels::add);
        labels.sort((a, b) -> Boolean.compare(a.startsWith(TOTAL), b.startsWith(TOTAL))); // totals last, else in order
        List<String> columns = new ArrayList<>(now.columns());
        was.columns().stream().filter(column -> !now.columns().contains(column)).forEach(columns::add);
        List<ValueChange> moved = new ArrayList<>();
        int changedRows = 0;
        for (String label : labels) {
            ResultRow before = oldRows.get(label);
            ResultRow after = newRows.get(label);
            boolean rowMoved = false;
            for (String column : columns) {
                ResultCell a = cell(was, before, column);
                ResultCell b = cell(now, after, column);
                if (!same(a, b)) {
                    String shown = label.startsWith(TOTAL) ? label.substring(1) : label;
                    moved.add(ValueChange.ofReportCell(now.name(), shown, column, a, b));
                    rowMoved = true;
                }
            }
            changedRows += rowMoved ? 1 : 0;
        }
        return new PlanDiff.ReportChange(now.name(), now.title(), Change.CHANGED, labels.size(), changedRows, moved);
    }

    /** The cell of a row in a column, or null when the table has no such row or column. */
    private static ResultCell cell(ResultTable table, ResultRow row, String column) {
        int index = table.columns().indexOf(column);
        return row == null || index < 0 ? null : row.cells().get(index);
    }

    private static boolean same(ResultCell a, ResultCell b) {
        if (a == null || b == null) {
            return a == b;
        }
        return equal(a.value(), b.value()) && equal(a.firm(), b.firm()) && equal(a.low(), b.low())
                && equal(a.high(), b.high()) && a.partial() == b.partial();
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}

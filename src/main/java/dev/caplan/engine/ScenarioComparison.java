package dev.caplan.engine;

import dev.caplan.output.Findings;
import dev.caplan.result.Finding;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lays the same question, asked of several scenarios, side by side: for every column of the
 * answer, one column per scenario and one per difference with the first scenario; rows as in
 * the answer. Also collects, per scenario, the checks that fail and where they first do.
 */
final class ScenarioComparison {

    private ScenarioComparison() {
    }

    /** The tables of the first scenario's answer, widened with the others' values and the differences. */
    static List<ResultTable> sideBySide(List<String> names, List<List<ResultTable>> answers) {
        List<ResultTable> tables = new ArrayList<>();
        for (int t = 0; t < answers.get(0).size(); t++) {
            int index = t;
            tables.add(merge(names, answers.stream().map(a -> a.get(index)).toList()));
        }
        return tables;
    }

    private static ResultTable merge(List<String> names, List<ResultTable> tables) {
        ResultTable first = tables.get(0);
        List<Heading> columns = new ArrayList<>();
        for (Heading column : first.headings()) {
            for (String name : names) {
                columns.add(new Heading(column.label() + " " + name, column.days()));
            }
            for (int s = 1; s < names.size(); s++) {
                columns.add(new Heading(column.label() + " " + names.get(s) + "-" + names.get(0), column.days()));
            }
        }
        List<String> labels = new ArrayList<>();
        for (ResultTable table : tables) {
            table.rows().stream().map(ResultRow::label).filter(l -> !labels.contains(l)).forEach(labels::add);
        }
        List<ResultRow> rows = new ArrayList<>();
        for (String label : labels) {
            rows.add(mergeRow(label, tables, t -> t.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                    .orElse(null)));
        }
        ResultRow total = first.total() == null ? null : mergeRow(first.total().label(), tables, ResultTable::total);
        String title = (first.title() != null ? first.title() : first.name()) + ": " + String.join(" vs ", names);
        return new ResultTable(first.name(), title, first.rowHeader(), columns, rows, total);
    }

    /** The row of that label in every scenario, side by side, written in the format of the first that has it. */
    private static ResultRow mergeRow(String label, List<ResultTable> tables, Function<ResultTable, ResultRow> pick) {
        List<ResultCell> cells = new ArrayList<>();
        NumberFormat format = tables.stream().map(pick).filter(Objects::nonNull).map(ResultRow::format).findFirst()
                .orElse(NumberFormat.PLAIN);
        int columnCount = tables.get(0).columns().size();
        for (int c = 0; c < columnCount; c++) {
            List<ResultCell> values = new ArrayList<>();
            for (ResultTable table : tables) {
                ResultRow row = pick.apply(table);
                values.add(row == null ? ResultCell.UNKNOWN : row.cells().get(c));
            }
            cells.addAll(values);
            for (int s = 1; s < values.size(); s++) {
                cells.add(difference(values.get(s), values.get(0)));
            }
        }
        DayRange days = tables.stream().map(pick).filter(Objects::nonNull).map(ResultRow::days).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new ResultRow(label, cells, format, days);
    }

    private static ResultCell difference(ResultCell a, ResultCell b) {
        if (!a.isKnown() || !b.isKnown()) {
            return ResultCell.UNKNOWN;
        }
        return new ResultCell(a.value().subtract(b.value()), a.firm().subtract(b.firm()));
    }

    /** "firm: check 'X' fails first on 2023-07-01: ..." for every failing check of every scenario. */
    static List<String> failingChecks(List<String> names, List<List<Finding>> findings) {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            for (Finding finding : findings.get(s)) {
                if (finding instanceof Finding.CheckFails fails) {
                    lines.add(names.get(s) + ": " + Findings.firstFailure(fails) + " [" + fails.condition().location() + "]");
                }
            }
        }
        return lines;
    }
}

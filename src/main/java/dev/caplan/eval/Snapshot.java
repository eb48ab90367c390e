package dev.caplan.eval;

import dev.caplan.check.CheckedReport;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.result.ValueChange;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The values of a model before an edit, the way a spreadsheet user would compare them after it:
 * every named definition, and every report's total row (or its rows, for a report without a
 * total). {@link #movedIn} lists what differs, from the first day a definition differs.
 */
final class Snapshot {
    private final Map<String, Value> definitions = new HashMap<>();
    private final Map<String, ResultTable> reports = new HashMap<>();

    private Snapshot() {
    }

    static Snapshot of(Evaluator evaluator) {
        Snapshot snapshot = new Snapshot();
        evaluator.model().lets().keySet().forEach(name -> snapshot.definitions.put(name, evaluator.definition(name)));
        ReportEvaluator layout = new ReportEvaluator(evaluator);
        evaluator.model().reports().values().forEach(report -> snapshot.reports.put(report.name(), layout.evaluate(report)));
        return snapshot;
    }

    /** What differs in {@code now} from the values taken down: definitions first, then report cells. */
    List<ValueChange> movedIn(Evaluator now) {
        List<ValueChange> moved = new ArrayList<>();
        for (String name : now.model().lets().keySet()) {
            if (definitions.get(name) instanceof Single was && now.definition(name) instanceof Single is) {
                Integer day = firstDifference(was, is);
                if (day != null) {
                    moved.add(ValueChange.ofDefinition(name, day == Days.BEGINNING ? null : Days.format(day),
                            cell(was, day), cell(is, day)));
                }
            }
        }
        ReportEvaluator layout = new ReportEvaluator(now);
        for (CheckedReport report : now.model().reports().values()) {
            ResultTable old = reports.get(report.name());
            if (old != null) {
                cells(old, layout.evaluate(report), moved);
            }
        }
        return moved;
    }

    private static Integer firstDifference(Single a, Single b) {
        TreeSet<Integer> days = new TreeSet<>();
        days.add(Days.BEGINNING);
        for (Single value : List.of(a, b)) {
            for (StepSeries series : seriesOf(value)) {
                for (int day : series.changeDays()) {
                    days.add(day);
                }
            }
        }
        for (int day : days) {
            if (!cell(a, day).equals(cell(b, day))) {
                return day;
            }
        }
        return null;
    }

    private static List<StepSeries> seriesOf(Single value) {
        List<StepSeries> series = new ArrayList<>(List.of(value.expected(), value.firm()));
        if (value.hasBounds()) {
            series.add(value.low());
            series.add(value.high());
        }
        if (value.known() != null) {
            series.add(value.known());
        }
        if (value.partial() != null) {
            series.add(value.partial());
        }
        return series;
    }

    /** The value on one day as a cell, normalised so that equal values compare equal. */
    private static ResultCell cell(Single value, int day) {
        ResultCell cell = Cells.onDay(value, day);
        if (!cell.isKnown()) {
            return cell;
        }
        return new ResultCell(plain(cell.value()), plain(cell.firm()), cell.hasBounds() ? plain(cell.low()) : null,
                cell.hasBounds() ? plain(cell.high()) : null, cell.partial());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** The cells of the total row (or of every row, without a total) that differ, when the columns are the same. */
    private static void cells(ResultTable was, ResultTable now, List<ValueChange> moved) {
        if (!was.columns().equals(now.columns())) {
            return;
        }
        List<ResultRow> before = was.total() != null ? List.of(was.total()) : was.rows();
        List<ResultRow> after = now.total() != null ? List.of(now.total()) : now.rows();
        Map<String, ResultRow> byLabel = new HashMap<>();
        before.forEach(row -> byLabel.put(row.label(), row));
        for (ResultRow row : after) {
            ResultRow old = byLabel.get(row.label());
            if (old == null) {
                continue;
            }
            for (int c = 0; c < row.cells().size(); c++) {
                if (!same(old.cells().get(c), row.cells().get(c))) {
                    moved.add(ValueChange.ofReportCell(now.name(), row.label(), now.headings().get(c).label(),
                            old.cells().get(c), row.cells().get(c)));
                }
            }
        }
    }

    private static boolean same(ResultCell a, ResultCell b) {
        if (!a.isKnown() || !b.isKnown()) {
            return a.isKnown() == b.isKnown();
        }
        return a.value().compareTo(b.value()) == 0 && a.firm().compareTo(b.firm()) == 0
                && compare(a.low(), b.low()) && compare(a.high(), b.high()) && a.partial() == b.partial();
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}

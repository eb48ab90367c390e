package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.CheckedReport;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.ReportEvaluator;
import dev.caplan.eval.ResultCell;
import dev.caplan.eval.ResultRow;
import dev.caplan.eval.ResultTable;
import dev.caplan.eval.Value;
import dev.caplan.output.Numbers;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a change moved, the way a spreadsheet user would want it said: every named value that is
 * different now (before → after, from the first day it differs) and every report total that moved.
 */
final class Changes {
    private final Map<String, Value> definitionsBefore = new HashMap<>();
    private final Map<String, ResultTable> reportsBefore = new HashMap<>();
    private Evaluator after;

    /** Takes down the values before the change, while the old evaluator still holds them. */
    Changes(Evaluator before) {
        before.model().lets().keySet().forEach(name -> definitionsBefore.put(name, before.definition(name)));
        ReportEvaluator layout = new ReportEvaluator(before);
        before.model().reports().values().forEach(report -> reportsBefore.put(report.name(), layout.evaluate(report)));
    }

    /** What differs in {@code now} from the values taken down before. */
    String describe(Evaluator now) {
        this.after = now;
        List<String> lines = new ArrayList<>();
        for (String name : after.model().lets().keySet()) {
            if (definitionsBefore.containsKey(name)) {
                definition(name, lines);
            }
        }
        for (CheckedReport report : after.model().reports().values()) {
            ResultTable old = reportsBefore.get(report.name());
            if (old != null) {
                report(old, report, lines);
            }
        }
        if (lines.isEmpty()) {
            return "no definition or report total changed\n";
        }
        return String.join("\n", lines) + "\n";
    }

    private void definition(String name, List<String> lines) {
        Value was = definitionsBefore.get(name);
        Value now = after.definition(name);
        if (!(was instanceof Value.Single a) || !(now instanceof Value.Single b)) {
            return;
        }
        Integer day = firstDifference(a, b);
        if (day != null) {
            lines.add("  " + name + ": " + shown(a, day) + " → " + shown(b, day)
                    + (day == Days.BEGINNING ? "" : " from " + Days.format(day)));
        }
    }

    private static Integer firstDifference(Value.Single a, Value.Single b) {
        TreeSet<Integer> days = new TreeSet<>();
        days.add(Days.BEGINNING);
        for (StepSeries series : List.of(a.expected(), a.firm(), b.expected(), b.firm())) {
            for (int day : series.changeDays()) {
                days.add(day);
            }
        }
        for (int day : days) {
            boolean same = a.expected().valueAt(day).compareTo(b.expected().valueAt(day)) == 0
                    && a.firm().valueAt(day).compareTo(b.firm().valueAt(day)) == 0;
            if (!same) {
                return day;
            }
        }
        return null;
    }

    private static String shown(Value.Single value, int day) {
        String expected = Numbers.formatRounded(value.expected().valueAt(day));
        return value.expected().valueAt(day).compareTo(value.firm().valueAt(day)) == 0 ? expected
                : expected + "? (firm " + Numbers.formatRounded(value.firm().valueAt(day)) + ")";
    }

    private void report(ResultTable a, CheckedReport now, List<String> lines) {
        ResultTable b = new ReportEvaluator(after).evaluate(now);
        List<ResultRow> aRows = a.total() != null ? List.of(a.total()) : a.rows();
        List<ResultRow> bRows = b.total() != null ? List.of(b.total()) : b.rows();
        Map<String, ResultRow> byLabel = new HashMap<>();
        aRows.forEach(row -> byLabel.put(row.label(), row));
        for (ResultRow row : bRows) {
            ResultRow was = byLabel.get(row.label());
            if (was == null || !a.columns().equals(b.columns())) {
                continue;
            }
            for (int c = 0; c < row.cells().size(); c++) {
                if (!same(was.cells().get(c), row.cells().get(c))) {
                    lines.add("  " + now.name() + " " + row.label() + " " + b.columns().get(c) + ": "
                            + text(was.cells().get(c)) + " → " + text(row.cells().get(c)));
                }
            }
        }
    }

    private static boolean same(ResultCell a, ResultCell b) {
        if (!a.isKnown() || !b.isKnown()) {
            return a.isKnown() == b.isKnown();
        }
        return a.value().compareTo(b.value()) == 0 && a.firm().compareTo(b.firm()) == 0;
    }

    private static String text(ResultCell cell) {
        if (!cell.isKnown()) {
            return "-";
        }
        String value = Numbers.formatRounded(cell.value());
        return cell.tentative() ? value + "? (firm " + Numbers.formatRounded(cell.firm()) + ")" : value;
    }

    /**
     * The names of the locations declared in files parsed again (before or after the change): the
     * only ones a change can have touched, since every other file is the same parsed text.
     */
    static java.util.Set<String> locationsOfReparsed(List<SourceUnit> before, List<SourceUnit> after) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (SourceUnit unit : reparsed(before, after)) {
            if (!unit.itemsOf(Item.Scenario.class).isEmpty()) {
                return null; // a scenario file changed: compare everything
            }
            unit.itemsOf(Item.Location.class).forEach(location -> names.add(location.name().text()));
            unit.itemsOf(Item.Table.class).forEach(table -> table.rows().forEach(row -> names.add(row.name().text())));
        }
        return names;
    }

    /** The units that are not the very same object in both lists. */
    private static List<SourceUnit> reparsed(List<SourceUnit> before, List<SourceUnit> after) {
        java.util.Set<SourceUnit> afterUnits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        afterUnits.addAll(after);
        java.util.Set<SourceUnit> beforeUnits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        beforeUnits.addAll(before);
        List<SourceUnit> changed = new ArrayList<>();
        before.stream().filter(u -> !afterUnits.contains(u)).forEach(changed::add);
        after.stream().filter(u -> !beforeUnits.contains(u)).forEach(changed::add);
        return changed;
    }

    /** Whether quotas, keys, actuals, areas or kinds differ: then every definition reading a quota is recomputed. */
    static boolean touchesQuotas(List<SourceUnit> before, List<SourceUnit> after) {
        // units parsed once and kept are the same text: only the re-parsed ones can differ
        List<SourceUnit> changed = reparsed(before, after);
        java.util.Set<SourceUnit> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        old.addAll(before);
        return !quotaTexts(changed.stream().filter(old::contains).toList())
                .equals(quotaTexts(changed.stream().filter(u -> !old.contains(u)).toList()));
    }

    private static Map<String, String> quotaTexts(List<SourceUnit> units) {
        Map<String, String> texts = new HashMap<>();
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (item.itemKind().reachesEverything()) {
                    String key = item.itemKind().word() + ":" + item.identifier().map(Name::text).orElse(item.span().text());
                    texts.merge(key, item.span().text(), String::concat);
                }
            }
        }
        return texts;
    }
}

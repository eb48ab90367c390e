package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a condition is false: on each listed day; in each listed period or span (its first false
 * day, or for a flow each of its periods that fails); with no columns, the first day of every
 * stretch on which it is false.
 */
final class Failures {

    private Failures() {
    }

    static List<Integer> days(Single condition, StepSeries truth, List<Column> columns) {
        List<Integer> days = new ArrayList<>();
        if (columns.isEmpty()) {
            for (int i = 0; i < truth.size(); i++) {
                if (truth.segmentValue(i).signum() == 0 && condition.isKnownAt(truth.startAt(i))) {
                    days.add(truth.startAt(i)); // may be Days.BEGINNING: false since always
                }
            }
            return days;
        }
        for (Column column : columns) {
            if (column.isDay()) {
                if (isFalse(truth, column.day()) && condition.isKnownAt(column.day())) {
                    days.add(column.day());
                }
            } else {
                addFirstFalse(days, condition, truth, column.start(), column.end());
            }
        }
        return days;
    }

    private static void addFirstFalse(List<Integer> days, Single condition, StepSeries truth, int start, int end) {
        if (condition.isFlow()) {
            for (Period p = Period.containing(condition.per(), start); p.start() < end; p = p.next()) {
                if (isFalse(truth, p.start()) && condition.isKnownAt(p.start())) {
                    days.add(p.start()); // a period not realised yet is not a failure
                }
            }
            return;
        }
        if (isFalse(truth, start)) {
            days.add(start);
            return;
        }
        for (int i = 0; i < truth.size(); i++) {
            int change = truth.startAt(i);
            if (change > start && change < end && truth.segmentValue(i).signum() == 0) {
                days.add(change);
                return;
            }
        }
    }

    private static boolean isFalse(StepSeries truth, int day) {
        return truth.valueAt(day).signum() == 0;
    }
}

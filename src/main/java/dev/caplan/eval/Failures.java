package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a condition does not hold: the stretches of days on which it is false, and those on which
 * it cannot be judged because a value in it is unknown. A check judges the days it names (each
 * {@code on} day), the days of the periods or spans it names ({@code over}), or, with neither,
 * every day. For a flow, each period of the flow counts as one. Adjacent stretches of one kind
 * are one stretch: {@code over 2023-01 .. 2023-12} reports "from 2023-02-01 to 2023-05-31", not
 * four months.
 */
final class Failures {

    /** Days [from, until) on which a condition is false, or unknown; {@code period} names a flow's period. */
    record Stretch(boolean unknown, int from, int until, Period period) {
    }

    private Failures() {
    }

    static List<Stretch> of(Single condition, StepSeries truth, List<Column> columns) {
        List<Stretch> found = new ArrayList<>();
        if (columns.isEmpty()) {
            judge(found, condition, truth, Days.BEGINNING, Days.END);
        }
        for (Column column : columns) {
            judge(found, condition, truth, column.start(), column.end());
        }
        return merged(found);
    }

    private static void judge(List<Stretch> found, Single condition, StepSeries truth, int start, int end) {
        // a flow is judged period by period between real dates; without on or over, by its stretches
        // (its values change only where periods start), since a structural line has periods without end
        if (condition.isFlow() && Days.isFinite(start) && Days.isFinite(end)) {
            for (Period p = Period.containing(condition.per(), start); p.start() < end; p = p.next()) {
                if (!condition.isKnownAt(p.start())) {
                    found.add(new Stretch(true, p.start(), p.end(), p));
                } else if (truth.valueAt(p.start()).signum() == 0) {
                    found.add(new Stretch(false, p.start(), p.end(), p));
                }
            }
            return;
        }
        StepSeries known = condition.knownDays();
        int i = truth.indexAt(start);
        int j = known.indexAt(start);
        for (int day = start; day < end; ) {
            int nextTruth = i + 1 < truth.size() ? truth.startAt(i + 1) : Days.END;
            int nextKnown = j + 1 < known.size() ? known.startAt(j + 1) : Days.END;
            int until = Math.min(end, Math.min(nextTruth, nextKnown));
            if (known.unscaledAt(j) == 0) {
                found.add(new Stretch(true, day, until, null));
            } else if (truth.unscaledAt(i) == 0) {
                found.add(new Stretch(false, day, until, null));
            }
            i += until == nextTruth ? 1 : 0;
            j += until == nextKnown ? 1 : 0;
            day = until;
        }
    }

    /** Stretches of one kind that touch become one (flow periods stay apart: each is judged on its own). */
    private static List<Stretch> merged(List<Stretch> stretches) {
        List<Stretch> result = new ArrayList<>();
        for (Stretch stretch : stretches) {
            Stretch last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.period() == null && stretch.period() == null && last.unknown() == stretch.unknown()
                    && last.until() == stretch.from()) {
                result.set(result.size() - 1, new Stretch(last.unknown(), last.from(), stretch.until(), null));
            } else {
                result.add(stretch);
            }
        }
        return result;
    }
}

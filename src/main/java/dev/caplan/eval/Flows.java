package dev.caplan.eval;

import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Arithmetic of flows. A flow is stored as a step series whose value on a day is the amount for
 * the whole period of kind {@code per} that holds the day. Over a longer period amounts add up;
 * over a shorter one a period's amount is split pro rata by days.
 */
final class Flows {
    private static final int SPLIT_SCALE = 10;

    private Flows() {
    }

    /** The amount over [start, end): whole periods count fully, partly covered ones pro rata by days. */
    static BigDecimal sum(StepSeries amounts, PeriodKind per, int start, int end) {
        BigDecimal total = BigDecimal.ZERO;
        for (Period period = Period.containing(per, start); period.start() < end; period = period.next()) {
            BigDecimal amount = amounts.valueAt(period.start());
            if (amount.signum() == 0) {
                continue;
            }
            int covered = Math.min(end, period.end()) - Math.max(start, period.start());
            if (covered == period.lengthInDays()) {
                total = total.add(amount);
            } else {
                total = total.add(amount.multiply(BigDecimal.valueOf(covered))
                        .divide(BigDecimal.valueOf(period.lengthInDays()), SPLIT_SCALE, RoundingMode.HALF_EVEN));
            }
        }
        return total.stripTrailingZeros();
    }

    /**
     * The running total of a flow as a level: each period's amount counts from that period's first
     * day, so the value at the end of a period includes it. Fails for a flow that never ends.
     */
    static StepSeries cumulative(StepSeries amounts, PeriodKind per) {
        List<Integer> days = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal amount = amounts.segmentValue(i);
            if (amount.signum() == 0) {
                continue;
            }
            int from = amounts.startAt(i);
            int until = i + 1 < amounts.size() ? amounts.startAt(i + 1) : Days.END;
            if (from == Days.BEGINNING || until == Days.END) {
                throw new ArithmeticException("cumulative of a flow that has amounts without end");
            }
            for (Period period = Period.containing(per, from); period.start() < until; period = period.next()) {
                running = running.add(amount);
                days.add(period.start());
                values.add(running);
            }
        }
        return StepSeries.steps(days.stream().mapToInt(Integer::intValue).toArray(), values.toArray(BigDecimal[]::new));
    }

    /** Amounts per period as a flow series: each amount holds on its period, 0 elsewhere. */
    static StepSeries of(List<Period> periods, List<BigDecimal> amounts) {
        List<StepSeries> parts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            parts.add(StepSeries.segment(periods.get(i).start(), periods.get(i).end(), amounts.get(i)));
        }
        return StepSeries.sum(parts);
    }
}

package dev.caplan.eval;

import dev.caplan.check.QuotaLine;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Arithmetic of flows. A flow is stored as a step series whose value on a day is the amount for
 * the whole period of kind {@code per} that holds the day. (Its amount over other periods, with
 * unknown periods left out, is {@link Cells}' business.)
 */
final class Flows {

    private Flows() {
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

    /**
     * A flow quota's lines for one area as a flow series, {@code value} giving each line's number
     * (its amount, a bound, 1 for the days it is known). A line for one period holds on that period;
     * of two for the same period (a firm and a tentative one), the later in the checker's order (the
     * tentative one) holds, as a later level line replaces an earlier. A structural line holds on
     * every period from its start until the area's next structural line or its own until, except
     * on the periods that have a line of their own.
     */
    static StepSeries ofLines(List<QuotaLine> lines, Function<QuotaLine, BigDecimal> value) {
        boolean anyStructural = lines.stream().anyMatch(QuotaLine::structural);
        List<StepSeries> periods = new ArrayList<>();
        List<StepSeries> covered = new ArrayList<>();
        List<StepSeries> structural = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            QuotaLine line = lines.get(i);
            if (line.structural()) {
                int until = line.until();
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).structural()) {
                        until = Math.min(until, lines.get(j).from());
                        break;
                    }
                }
                structural.add(StepSeries.segment(line.from(), until, value.apply(line)));
            } else if (!replacedByNext(lines, i)) {
                periods.add(StepSeries.segment(line.from(), line.until(), value.apply(line)));
                if (anyStructural) {
                    covered.add(StepSeries.segment(line.from(), line.until(), BigDecimal.ONE));
                }
            }
        }
        StepSeries own = StepSeries.sum(periods);
        if (structural.isEmpty()) {
            return own;
        }
        StepSeries every = StepSeries.sum(structural);
        return every.minus(every.times(StepSeries.sum(covered))).plus(own);
    }

    /** Whether the next line gives the same single period again (and so replaces this one). */
    private static boolean replacedByNext(List<QuotaLine> lines, int i) {
        for (int j = i + 1; j < lines.size() && lines.get(j).from() == lines.get(i).from(); j++) {
            if (!lines.get(j).structural()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the flow has an amount (not 0) on every period from some day on, without end. */
    static boolean endless(StepSeries amounts) {
        return amounts.segmentValue(amounts.size() - 1).signum() != 0;
    }

    /** Amounts per period as a flow series: each amount holds on its period, 0 elsewhere. */
    static StepSeries of(List<Period> periods, List<BigDecimal> amounts) {
        List<StepSeries> parts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            parts.add(StepSeries.segment(periods.get(i).start(), periods.get(i).end(), amounts.get(i)));
        }
        return StepSeries.sum(parts);
    }

    /**
     * The days a running total is known: from the first day the flow is known until the first day
     * after that it is not (a total cannot run on past a period whose amount is unknown). Null when
     * the flow is known on every day.
     */
    static StepSeries cumulativeKnown(StepSeries known) {
        if (known == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < known.size(); i++) {
            if (known.unscaledAt(i) != 0 && first < 0) {
                first = i;
            } else if (known.unscaledAt(i) == 0 && first >= 0) {
                return StepSeries.segment(known.startAt(first), known.startAt(i), BigDecimal.ONE);
            }
        }
        return first < 0 ? StepSeries.ZERO : StepSeries.segment(known.startAt(first), Days.END, BigDecimal.ONE);
    }
}

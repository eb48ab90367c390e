package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.ResultCell;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that decides what a value is for one column: a day or a period of a report, a
 * query, an explanation, or an aggregate over a period. Unknown days are never read as 0.
 * <ul>
 * <li>A day: the value on that day, or unknown.</li>
 * <li>A period, for a level: {@code start} and {@code end} read their day (unknown if it is);
 *     {@code min}, {@code max} and {@code average} use the known days only, and the result is
 *     marked partial when some days of the period are unknown; unknown when none is known.</li>
 * <li>A period, for a flow: the amounts of its periods inside (pro rata for one partly inside);
 *     an unknown amount is left out and marks the result partial; unknown when none is known.</li>
 * </ul>
 * A value computed from a partial value is partial too.
 */
final class Cells {
    private static final int SPLIT_SCALE = 10;
    private static final StepSeries ONE = StepSeries.constant(BigDecimal.ONE);

    private Cells() {
    }

    /** The value for a column: on a day, or over a period aggregated by {@code aggregation} (a flow: its amount). */
    static ResultCell of(Single value, Column column, Aggregation aggregation) {
        if (column.isDay()) {
            return onDay(value, column.day());
        }
        return over(value, column.start(), column.end(), aggregation); // a period or a span of days
    }

    /** The value on one day. */
    static ResultCell onDay(Single value, int day) {
        if (!value.isKnownAt(day)) {
            return ResultCell.UNKNOWN;
        }
        BigDecimal expected = value.expected().valueAt(day);
        return bounded(expected, value.firm().valueAt(day), value.hasBounds() ? value.low().valueAt(day) : null,
                value.hasBounds() ? value.high().valueAt(day) : null).withPartial(value.isPartialAt(day));
    }

    /** The value over the days [start, end). */
    static ResultCell over(Single value, int start, int end, Aggregation aggregation) {
        if (value.isFlow()) {
            return flow(value, start, end);
        }
        if (aggregation == Aggregation.START) {
            return onDay(value, start);
        }
        if (aggregation == Aggregation.END) {
            return onDay(value, end - 1);
        }
        StepSeries known = value.knownDays();
        BigDecimal expected = value.expected().aggregateWhere(aggregation, start, end, known);
        if (expected == null) {
            return ResultCell.UNKNOWN;
        }
        BigDecimal firm = value.firm().aggregateWhere(aggregation, start, end, known);
        BigDecimal low = value.hasBounds() ? value.low().aggregateWhere(aggregation, start, end, known) : null;
        BigDecimal high = value.hasBounds() ? value.high().aggregateWhere(aggregation, start, end, known) : null;
        boolean someUnknown = value.known() != null && value.known().hasZeroIn(start, end);
        boolean fromPartial = value.partial() != null
                && BigDecimal.ONE.equals(value.partial().aggregateWhere(Aggregation.MAX, start, end, known));
        return bounded(expected, firm, low, high).withPartial(someUnknown || fromPartial);
    }

    /**
     * The amount of a flow over [start, end): each of its periods that lies inside counts whole,
     * one partly inside pro rata by days; a period whose amount is unknown is left out.
     */
    private static ResultCell flow(Single flow, int start, int end) {
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal firm = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        boolean anyKnown = false;
        boolean partial = false;
        for (Period period = Period.containing(flow.per(), start); period.start() < end; period = period.next()) {
            int day = period.start();
            if (!flow.isKnownAt(day)) {
                partial = true;
                continue;
            }
            anyKnown = true;
            partial |= flow.isPartialAt(day);
            int covered = Math.min(end, period.end()) - Math.max(start, period.start());
            expected = expected.add(share(flow.expected().valueAt(day), covered, period));
            firm = firm.add(share(flow.firm().valueAt(day), covered, period));
            low = low.add(share(flow.lowOrExpected().valueAt(day), covered, period));
            high = high.add(share(flow.highOrExpected().valueAt(day), covered, period));
        }
        if (!anyKnown) {
            return ResultCell.UNKNOWN;
        }
        return bounded(strip(expected), strip(firm), flow.hasBounds() ? strip(low) : null,
                flow.hasBounds() ? strip(high) : null).withPartial(partial);
    }

    private static BigDecimal share(BigDecimal amount, int covered, Period period) {
        if (amount.signum() == 0 || covered == period.lengthInDays()) {
            return amount;
        }
        return amount.multiply(BigDecimal.valueOf(covered)).divide(BigDecimal.valueOf(period.lengthInDays()),
                SPLIT_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** A cell with bounds, unless the bounds say nothing more than the value. */
    static ResultCell bounded(BigDecimal expected, BigDecimal firm, BigDecimal low, BigDecimal high) {
        if (low == null || low.compareTo(expected) == 0 && high.compareTo(expected) == 0) {
            return new ResultCell(expected, firm);
        }
        return new ResultCell(expected, firm, low, high);
    }

    /** 1 everywhere: the mask of a value known on every day. */
    static StepSeries everywhere() {
        return ONE;
    }
}

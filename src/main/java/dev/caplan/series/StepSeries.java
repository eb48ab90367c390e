package dev.caplan.series;

import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An exact, immutable step function of time: value {@code values[i] × 10^-scale} holds from day
 * {@code starts[i]} (inclusive) until {@code starts[i + 1]} (exclusive), the last one forever.
 *
 * <p>Always canonical (see {@link Normaliser}): {@code starts[0]} is {@link Days#BEGINNING}, starts
 * strictly increase, neighbours differ in value, and the scale is as small as possible. Hence
 * {@link #equals} compares numbers, not representations. The arrays are never exposed or changed.
 */
public final class StepSeries {

    /** Zero on every day. */
    public static final StepSeries ZERO = new StepSeries(new int[] {Days.BEGINNING}, new long[] {0}, 0);

    private final int[] starts;
    private final long[] values;
    private final int scale;

    /** Trusts its (canonical) arguments; everything else goes through {@link Normaliser}. */
    StepSeries(int[] starts, long[] values, int scale) {
        this.starts = starts;
        this.values = values;
        this.scale = scale;
    }

    /** {@code value} on every day. */
    public static StepSeries constant(BigDecimal value) {
        int valueScale = Decimals.minimalScale(value);
        return new StepSeries(new int[] {Days.BEGINNING}, new long[] {Decimals.unscaledAt(value, valueScale)},
                valueScale);
    }

    /** {@code value} on {@code [from, until)} and 0 elsewhere; either end may be open (a sentinel). */
    public static StepSeries segment(int from, int until, BigDecimal value) {
        if (from > until) {
            throw new IllegalArgumentException("segment from " + Days.format(from)
                    + " ends before it starts, at " + Days.format(until));
        }
        if (from == until) {
            return ZERO;
        }
        int[] days = until == Days.END ? new int[] {from} : new int[] {from, until};
        BigDecimal[] levels = until == Days.END ? new BigDecimal[] {value}
                : new BigDecimal[] {value, BigDecimal.ZERO};
        return steps(days, levels);
    }

    /**
     * {@code values[i]} from {@code days[i]} until {@code days[i + 1]}, the last one forever, and 0
     * before {@code days[0]} (which may be {@link Days#BEGINNING}). Days must strictly increase.
     */
    public static StepSeries steps(int[] days, BigDecimal[] values) {
        if (days.length != values.length) {
            throw new IllegalArgumentException(days.length + " days but " + values.length + " values");
        }
        boolean leadingZero = days.length == 0 || days[0] != Days.BEGINNING;
        int offset = leadingZero ? 1 : 0;
        int count = days.length + offset;
        int[] starts = new int[count];
        BigDecimal[] levels = new BigDecimal[count];
        starts[0] = Days.BEGINNING;
        levels[0] = BigDecimal.ZERO;
        for (int i = 0; i < days.length; i++) {
            checkChangeDay(days, i);
            starts[i + offset] = days[i];
            levels[i + offset] = Objects.requireNonNull(values[i], "value");
        }
        return fromDecimals(starts, levels, count);
    }

    /**
     * A canonical series from the first {@code count} change points, stored at the smallest scale
     * that holds every value exactly. {@code starts} must be valid and is handed over.
     */
    static StepSeries fromDecimals(int[] starts, BigDecimal[] values, int count) {
        int commonScale = 0;
        for (int i = 0; i < count; i++) {
            commonScale = Math.max(commonScale, Decimals.minimalScale(values[i]));
        }
        long[] unscaled = new long[count];
        for (int i = 0; i < count; i++) {
            unscaled[i] = Decimals.unscaledAt(values[i], commonScale);
        }
        return Normaliser.normalise(starts, unscaled, count, commonScale);
    }

    private static void checkChangeDay(int[] days, int i) {
        if (days[i] == Days.END) {
            throw new IllegalArgumentException("a value cannot start at the end of time");
        }
        if (i > 0 && days[i] <= days[i - 1]) {
            throw new IllegalArgumentException("change days must strictly increase, but "
                    + Days.format(days[i]) + " follows " + Days.format(days[i - 1]));
        }
    }

    /** The sum of all parts, in {@code O(E log E)} for {@code E} change points in total; ZERO if none. */
    public static StepSeries sum(List<StepSeries> parts) {
        return DeltaSum.sum(parts);
    }

    // ---- queries ----

    /** The value on {@code day}. */
    public BigDecimal valueAt(int day) {
        return Decimals.toBigDecimal(values[indexAt(day)], scale);
    }

    /** Index of the segment containing {@code day}, by binary search. */
    public int indexAt(int day) {
        int found = Arrays.binarySearch(starts, day);
        return found >= 0 ? found : -found - 2;
    }

    /** Number of segments, i.e. {@link #changeCount()} + 1. */
    public int size() {
        return starts.length;
    }

    /** Number of days on which the value changes. */
    public int changeCount() {
        return starts.length - 1;
    }

    /** The days on which the value changes, ascending (a fresh copy). */
    public int[] changeDays() {
        return Arrays.copyOfRange(starts, 1, starts.length);
    }

    /** First day of segment {@code index}; {@link Days#BEGINNING} for index 0. */
    public int startAt(int index) {
        return starts[index];
    }

    /** Unscaled value of segment {@code index}, to be read with {@link #scale()}. */
    public long unscaledAt(int index) {
        return values[index];
    }

    /** Value of segment {@code index}. */
    public BigDecimal segmentValue(int index) {
        return Decimals.toBigDecimal(values[index], scale);
    }

    /** The number of decimal places shared by all values. */
    public int scale() {
        return scale;
    }

    public boolean isConstant() {
        return starts.length == 1;
    }

    public boolean isZero() {
        return starts.length == 1 && values[0] == 0;
    }

    // ---- pointwise arithmetic ----

    public StepSeries plus(StepSeries other) {
        int s = Math.max(scale, other.scale);
        return PointwiseMerge.merge(this, other, s,
                (day, a, b) -> Decimals.add(align(a, scale, s), align(b, other.scale, s), s));
    }

    public StepSeries minus(StepSeries other) {
        int s = Math.max(scale, other.scale);
        return PointwiseMerge.merge(this, other, s,
                (day, a, b) -> Decimals.subtract(align(a, scale, s), align(b, other.scale, s), s));
    }

    /**
     * Exact product. The fast path multiplies unscaled longs (scales add); if that overflows only
     * because of trailing zeros, e.g. 1 × 1 in two series that also hold ten-place ratios, the
     * BigDecimal path finds the smaller scale. Only products that truly do not fit throw.
     */
    public StepSeries times(StepSeries other) {
        try {
            return PointwiseMerge.merge(this, other, scale + other.scale,
                    (day, a, b) -> Decimals.multiply(a, scale, b, other.scale));
        } catch (ArithmeticException tooLargeAtCombinedScale) {
            return PointwiseMerge.mergeDecimal(this, other, (day, a, b) -> a.multiply(b));
        }
    }

    /**
     * Quotient rounded HALF_EVEN to {@code max(scale, other.scale, 10)} places.
     *
     * @throws ArithmeticException "division by zero from <day>" if {@code other} is 0 on any day
     */
    public StepSeries dividedBy(StepSeries other) {
        int s = Math.max(Math.max(scale, other.scale), Aggregator.MIN_AVERAGE_SCALE);
        return PointwiseMerge.mergeDecimal(this, other, (day, a, b) -> {
            if (b.signum() == 0) {
                throw new ArithmeticException("division by zero from "
                        + (day == Days.BEGINNING ? "the beginning" : Days.format(day)));
            }
            return a.divide(b, s, RoundingMode.HALF_EVEN);
        });
    }

    public StepSeries min(StepSeries other) {
        int s = Math.max(scale, other.scale);
        return PointwiseMerge.merge(this, other, s,
                (day, a, b) -> Math.min(align(a, scale, s), align(b, other.scale, s)));
    }

    public StepSeries max(StepSeries other) {
        int s = Math.max(scale, other.scale);
        return PointwiseMerge.merge(this, other, s,
                (day, a, b) -> Math.max(align(a, scale, s), align(b, other.scale, s)));
    }

    /** 1 on days where {@code this op other} holds, 0 elsewhere. */
    public StepSeries compare(StepSeries other, Comparison op) {
        int s = Math.max(scale, other.scale);
        return PointwiseMerge.merge(this, other, 0,
                (day, a, b) -> op.holds(Long.compare(align(a, scale, s), align(b, other.scale, s))) ? 1 : 0);
    }

    /** This series on {@code [from, until)} and 0 elsewhere; either end may be a sentinel. */
    public StepSeries restrict(int from, int until) {
        StepSeries mask = segment(from, until, BigDecimal.ONE);
        return PointwiseMerge.merge(this, mask, scale, (day, a, inside) -> inside == 0 ? 0 : a);
    }

    public StepSeries negate() {
        return PointwiseMerge.merge(this, ZERO, scale, (day, a, unused) -> Decimals.negate(a, scale));
    }

    public StepSeries abs() {
        return PointwiseMerge.merge(this, ZERO, scale,
                (day, a, unused) -> a < 0 ? Decimals.negate(a, scale) : a);
    }

    /**
     * Applies {@code function} to each segment's value, for unary operations the interpreter adds
     * (rounding, clamping, ...). The results are made exact and canonical like any other series.
     */
    public StepSeries map(UnaryOperator<BigDecimal> function) {
        BigDecimal[] mapped = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            mapped[i] = function.apply(segmentValue(i));
        }
        return steps(starts, mapped);
    }

    private static long align(long unscaled, int fromScale, int toScale) {
        return Decimals.rescale(unscaled, fromScale, toScale);
    }

    // ---- aggregation ----

    /**
     * One number for the days {@code [start, end)}. AVERAGE and SUM_OF_DAYS need finite ends.
     *
     * @throws IllegalArgumentException if the interval is empty, or endless where days are counted
     */
    public BigDecimal aggregate(Aggregation aggregation, int start, int end) {
        return Aggregator.aggregate(this, aggregation, start, end);
    }

    /**
     * One number for the days of {@code [start, end)} on which {@code where} is not 0 (say, the days
     * a value is known), or null when there are none: an unknown day is left out, never read as 0.
     */
    public BigDecimal aggregateWhere(Aggregation aggregation, int start, int end, StepSeries where) {
        return Aggregator.aggregateWhere(this, where, aggregation, start, end);
    }

    /** Whether the value is 0 on some day of {@code [start, end)}. */
    public boolean hasZeroIn(int start, int end) {
        for (int i = indexAt(start); i < starts.length && starts[i] < end; i++) {
            if (values[i] == 0) {
                return true;
            }
        }
        return false;
    }

    // ---- identity ----

    @Override
    public boolean equals(Object other) {
        return other instanceof StepSeries that && scale == that.scale
                && Arrays.equals(starts, that.starts) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(starts) + Arrays.hashCode(values)) + scale;
    }

    /** E.g. {@code StepSeries[…:0, 2023-01-01:550, 2023-04-01:650]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StepSeries[");
        for (int i = 0; i < starts.length; i++) {
            text.append(i == 0 ? "" : ", ").append(i == 0 ? "…" : Days.format(starts[i]))
                    .append(':').append(Decimals.toPlainString(values[i], scale));
        }
        return text.append(']').toString();
    }
}

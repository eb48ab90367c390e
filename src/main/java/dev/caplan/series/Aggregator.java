package dev.caplan.series;

import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Condenses a series over a half-open day interval into one number (see {@link Aggregation}).
 *
 * <p>Works segment by segment, so the cost depends on the number of change points inside the
 * interval, not on its length in days. Day-weighted sums use {@link BigInteger} because a value
 * times thousands of days may exceed a {@code long} even when the value itself fits.
 */
final class Aggregator {

    /** Decimal places an average keeps at least, so that e.g. 1/3 of a place is still visible. */
    static final int MIN_AVERAGE_SCALE = 10;

    private Aggregator() {
    }

    static BigDecimal aggregate(StepSeries series, Aggregation aggregation, int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("empty interval: from " + Days.format(start)
                    + " until " + Days.format(end));
        }
        return switch (aggregation) {
            case START -> series.valueAt(start);
            case END -> series.valueAt(end - 1);
            case MIN -> extreme(series, start, end, false);
            case MAX -> extreme(series, start, end, true);
            case SUM_OF_DAYS -> new BigDecimal(sumOfDays(series, start, end), series.scale());
            case AVERAGE -> average(series, start, end);
        };
    }

    /**
     * The aggregate over only the days of [start, end) on which {@code where} is not 0 (the days a
     * value is known); null when there is no such day. START and END read their one day, which must
     * be such a day. Walks the change points of both series inside the interval.
     */
    static BigDecimal aggregateWhere(StepSeries series, StepSeries where, Aggregation aggregation, int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("empty interval: from " + Days.format(start)
                    + " until " + Days.format(end));
        }
        switch (aggregation) {
            case START:
                return where.unscaledAt(where.indexAt(start)) != 0 ? series.valueAt(start) : null;
            case END:
                return where.unscaledAt(where.indexAt(end - 1)) != 0 ? series.valueAt(end - 1) : null;
            default:
                break;
        }
        boolean counting = aggregation == Aggregation.AVERAGE || aggregation == Aggregation.SUM_OF_DAYS;
        if (counting && (!Days.isFinite(start) || !Days.isFinite(end))) {
            throw new IllegalArgumentException("cannot sum or average over an endless interval (from "
                    + Days.format(start) + " until " + Days.format(end) + ")");
        }
        boolean any = false;
        long best = 0;
        BigInteger total = BigInteger.ZERO;
        long days = 0;
        int i = series.indexAt(start);
        int j = where.indexAt(start);
        for (int day = start; day < end; ) {
            int nextValue = i + 1 < series.size() ? series.startAt(i + 1) : Days.END;
            int nextMask = j + 1 < where.size() ? where.startAt(j + 1) : Days.END;
            int until = Math.min(end, Math.min(nextValue, nextMask));
            if (where.unscaledAt(j) != 0) {
                long value = series.unscaledAt(i);
                best = !any ? value : aggregation == Aggregation.MAX ? Math.max(best, value) : Math.min(best, value);
                if (counting) {
                    total = total.add(BigInteger.valueOf(value).multiply(BigInteger.valueOf((long) until - day)));
                    days += (long) until - day;
                }
                any = true;
            }
            if (until == nextValue) {
                i++;
            }
            if (until == nextMask) {
                j++;
            }
            day = until;
        }
        if (!any) {
            return null;
        }
        return switch (aggregation) {
            case MIN, MAX -> Decimals.toBigDecimal(best, series.scale());
            case SUM_OF_DAYS -> new BigDecimal(total, series.scale());
            default -> Decimals.stripped(new BigDecimal(total, series.scale()).divide(BigDecimal.valueOf(days),
                    Math.max(series.scale(), MIN_AVERAGE_SCALE), RoundingMode.HALF_EVEN));
        };
    }

    private static BigDecimal extreme(StepSeries series, int start, int end, boolean largest) {
        int i = series.indexAt(start);
        long best = series.unscaledAt(i);
        for (i++; i < series.size() && series.startAt(i) < end; i++) {
            long value = series.unscaledAt(i);
            best = largest ? Math.max(best, value) : Math.min(best, value);
        }
        return Decimals.toBigDecimal(best, series.scale());
    }

    private static BigDecimal average(StepSeries series, int start, int end) {
        BigDecimal total = new BigDecimal(sumOfDays(series, start, end), series.scale());
        long days = (long) end - start;
        int scale = Math.max(series.scale(), MIN_AVERAGE_SCALE);
        return Decimals.stripped(total.divide(BigDecimal.valueOf(days), scale, RoundingMode.HALF_EVEN));
    }

    /** Sum over the interval's days of the unscaled value, i.e. value × days at the series' scale. */
    private static BigInteger sumOfDays(StepSeries series, int start, int end) {
        if (!Days.isFinite(start) || !Days.isFinite(end)) {
            throw new IllegalArgumentException("cannot sum or average over an endless interval (from "
                    + Days.format(start) + " until " + Days.format(end) + ")");
        }
        BigInteger total = BigInteger.ZERO;
        for (int i = series.indexAt(start); i < series.size() && series.startAt(i) < end; i++) {
            long from = Math.max(series.startAt(i), start);
            long until = i + 1 < series.size() ? Math.min(series.startAt(i + 1), end) : end;
            BigInteger days = BigInteger.valueOf(until - from);
            total = total.add(BigInteger.valueOf(series.unscaledAt(i)).multiply(days));
        }
        return total;
    }
}

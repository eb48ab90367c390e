package dev.caplan.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The axes of a chart: a value axis with round ticks (1, 2 or 5 times a power of ten, exact, so a
 * label never reads 0.30000000000000004) and a time axis with ticks on the first of a month (or on
 * days, for a range of a few weeks), as many as fit without their labels touching.
 */
final class ChartScale {
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 600};
    private static final int[] DAY_STEPS = {1, 2, 7, 14};

    private ChartScale() {
    }

    /** A tick on the time axis: its day and its label. */
    record TimeTick(LocalDate day, String label) {
    }

    /** Round ticks from at most {@code low} to at least {@code high} (low below high), about {@code wanted} of them. */
    static List<BigDecimal> valueTicks(BigDecimal low, BigDecimal high, int wanted) {
        BigDecimal span = high.subtract(low);
        BigDecimal rough = span.divide(BigDecimal.valueOf(Math.max(1, wanted)), 20, RoundingMode.HALF_UP);
        int exponent = rough.precision() - rough.scale() - 1; // rough = d.ddd × 10^exponent
        BigDecimal step = null;
        for (int exp = exponent; step == null; exp++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                BigDecimal candidate = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exp);
                if (candidate.compareTo(rough) >= 0) {
                    step = candidate;
                    break;
                }
            }
        }
        BigDecimal first = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = first; ; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
            if (tick.compareTo(high) >= 0) {
                return ticks;
            }
        }
    }

    /**
     * Ticks from {@code first} up to the day before {@code end}: on the first of every n-th month
     * (labelled {@code 2023-07}, or {@code 2023} when a tick falls once a year or less), or for less
     * than two months on days; at most {@code room} of them.
     */
    static List<TimeTick> timeTicks(LocalDate first, LocalDate end, int room) {
        long months = (end.getYear() - first.getYear()) * 12L + end.getMonthValue() - first.getMonthValue();
        List<TimeTick> ticks = new ArrayList<>();
        if (months < 2) {
            long days = end.toEpochDay() - first.toEpochDay();
            int step = DAY_STEPS[DAY_STEPS.length - 1];
            for (int candidate : DAY_STEPS) {
                if (days / candidate <= room) {
                    step = candidate;
                    break;
                }
            }
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(step)) {
                ticks.add(new TimeTick(day, day.toString()));
            }
            return ticks;
        }
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int candidate : MONTH_STEPS) {
            if (months / candidate <= room) {
                step = candidate;
                break;
            }
        }
        LocalDate month = first.withDayOfMonth(1);
        if (month.isBefore(first)) {
            month = month.plusMonths(1);
        }
        for (; month.isBefore(end); month = month.plusMonths(1)) {
            long index = month.getYear() * 12L + month.getMonthValue() - 1;
            if (index % step == 0) {
                String label = step >= 12 ? String.valueOf(month.getYear()) : month.toString().substring(0, 7);
                ticks.add(new TimeTick(month, label));
            }
        }
        return ticks;
    }
}

package dev.caplan.eval;

import dev.caplan.series.StepSeries;
import java.math.BigDecimal;

/**
 * Reads a series on days that mostly come in order (a report's date columns), walking its change
 * points instead of searching them for every day and handing out one decimal per segment: a daily
 * report over ten years reads 3,652 days from series that change a few hundred times.
 */
final class DayReader {
    private final StepSeries series;
    private int index;
    private int lastDay = Integer.MIN_VALUE;
    private int cachedIndex = -1;
    private BigDecimal cached;

    DayReader(StepSeries series) {
        this.series = series;
    }

    BigDecimal at(int day) {
        if (day < lastDay) {
            index = 0; // out of order: start the walk again
        }
        lastDay = day;
        while (index + 1 < series.size() && series.startAt(index + 1) <= day) {
            index++;
        }
        if (index != cachedIndex) {
            cached = series.segmentValue(index);
            cachedIndex = index;
        }
        return cached;
    }
}

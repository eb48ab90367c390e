package dev.caplan.check;

import dev.caplan.time.Days;
import dev.caplan.time.Period;

/**
 * One column of a report or query: a day (the value on that day) or a period (the value
 * aggregated over it). Exactly one of {@code day} (not {@code Days.BEGINNING}) and {@code period} is set.
 */
public record Column(String label, int day, Period period) {

    public static Column ofDay(int day) {
        return new Column(Days.format(day), day, null);
    }

    public static Column ofPeriod(Period period) {
        return new Column(period.label(), Days.BEGINNING, period);
    }

    public boolean isDay() {
        return period == null;
    }
}

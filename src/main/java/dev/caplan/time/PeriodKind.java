package dev.caplan.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The lengths of calendar period a plan can talk about.
 *
 * <p>Two kinds are measured in days: {@link #DAY}, and {@link #WEEK}, the ISO 8601 week from Monday
 * to Sunday, whose periods cross month and year boundaries. Every other kind is a whole number of
 * months aligned to the calendar year, which lets one formula find the start of the period
 * containing any day.
 */
public enum PeriodKind {
    DAY(0),
    WEEK(0),
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    /** Days in a week: besides a day, the one kind whose length in days never changes. */
    static final int DAYS_PER_WEEK = 7;

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** Number of calendar months in one period; 0 for {@link #DAY} and {@link #WEEK}, measured in days. */
    public int months() {
        return months;
    }

    /** First day of the period of this kind that contains {@code day}. */
    public int startOfPeriodContaining(int day) {
        Days.requireFinite(day);
        if (this == DAY) {
            return day;
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        if (this == WEEK) {
            return day - (date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        }
        int monthIndex = date.getMonthValue() - 1;
        int firstMonth = monthIndex - monthIndex % months + 1;
        return Math.toIntExact(LocalDate.of(date.getYear(), firstMonth, 1).toEpochDay());
    }

    /** First day after the period of this kind that starts at {@code start}. */
    public int endOfPeriodStartingAt(int start) {
        Days.requireFinite(start);
        return switch (this) {
            case DAY -> Math.addExact(start, 1);
            case WEEK -> Math.addExact(start, DAYS_PER_WEEK);
            case MONTH, QUARTER, HALF_YEAR, YEAR -> Days.addMonths(start, months);
        };
    }
}

package dev.caplan.time;

import java.time.LocalDate;

/**
 * Static helpers for days represented as {@code int} epoch days.
 *
 * <p>Days are plain ints rather than {@link LocalDate} objects because time series store millions of
 * change points in primitive arrays; boxing each one would dominate memory and time. Two sentinel
 * values stand for the open ends of time, so that "valid from the beginning" and "valid forever" need
 * no special cases in the series code.
 */
public final class Days {

    /** Minus infinity: a day before every real day. */
    public static final int BEGINNING = Integer.MIN_VALUE;

    /** Plus infinity: a day after every real day. */
    public static final int END = Integer.MAX_VALUE;

    private Days() {
    }

    /**
     * The epoch day of a calendar date.
     *
     * @throws java.time.DateTimeException if the date does not exist; text input should go through
     *     {@link PeriodParser}, which explains the problem instead
     */
    public static int of(int year, int month, int day) {
        return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay());
    }

    /** Whether the day is a real day rather than one of the two sentinels. */
    public static boolean isFinite(int day) {
        return day != BEGINNING && day != END;
    }

    /** The day as a {@link LocalDate}; only for real days. */
    public static LocalDate toLocalDate(int day) {
        requireFinite(day);
        return LocalDate.ofEpochDay(day);
    }

    /** ISO text ("2023-01-01"), or "beginning" / "end" for the sentinels so messages stay readable. */
    public static String format(int day) {
        if (day == BEGINNING) {
            return "beginning";
        }
        if (day == END) {
            return "end";
        }
        return LocalDate.ofEpochDay(day).toString();
    }

    /**
     * The day {@code months} calendar months later (or earlier when negative), clamping the
     * day-of-month like {@link LocalDate#plusMonths}: 31 January plus one month is 28 February.
     * Infinity plus a month is still infinity, so the sentinels are returned unchanged.
     */
    public static int addMonths(int day, int months) {
        if (!isFinite(day)) {
            return day;
        }
        return Math.toIntExact(LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay());
    }

    /** Rejects the sentinels where only a real calendar day makes sense. */
    static void requireFinite(int day) {
        if (!isFinite(day)) {
            throw new IllegalArgumentException("a real calendar day is needed here, not the " + format(day));
        }
    }
}

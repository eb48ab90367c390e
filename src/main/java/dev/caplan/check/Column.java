package dev.caplan.check;

import dev.caplan.time.Days;
import dev.caplan.time.Period;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of a report or query, or what a function aggregates over: a day (the value on that
 * day), a calendar period, or a span of whole days that need not be a period (a range of dates
 * without a step, {@code 2022-07-01 .. 2022-09-30}). A period and a span both show the value
 * aggregated over their days, so consumers read them alike through {@link #start()} and
 * {@link #end()}; only a period has its {@link #period()}.
 *
 * @param label  the heading: the day, the period's label, or {@code first .. last} for a span
 * @param shape  which of the three the column is
 * @param start  the first day (epoch day)
 * @param end    the first day after the column (a day column ends the day after it)
 * @param period the period of a period column, null for the others
 */
public record Column(String label, Shape shape, int start, int end, Period period) {

    /** The three kinds of column. */
    public enum Shape { DAY, PERIOD, SPAN }

    public Column {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(shape, "shape");
        if ((shape == Shape.PERIOD) != (period != null) || shape == Shape.SPAN && end <= start) {
            throw new IllegalArgumentException("not a " + shape.name().toLowerCase(Locale.ROOT) + " column: " + label);
        }
    }

    /** A day column with a label of its own (with {@code period} null), or a period column. */
    public Column(String label, int day, Period period) {
        this(label, period == null ? Shape.DAY : Shape.PERIOD, period == null ? day : period.start(),
                period == null ? day + 1 : period.end(), period);
    }

    public static Column ofDay(int day) {
        return new Column(Days.format(day), day, null);
    }

    public static Column ofPeriod(Period period) {
        return new Column(period.label(), Days.BEGINNING, period);
    }

    /** The days from {@code first} to {@code last}, both included, as one column. */
    public static Column ofSpan(int first, int last) {
        return new Column(Days.format(first) + " .. " + Days.format(last), Shape.SPAN, first, last + 1, null);
    }

    public boolean isDay() {
        return shape == Shape.DAY;
    }

    /** The day of a day column; {@code Days.BEGINNING} for a period or a span, which have no single day. */
    public int day() {
        return isDay() ? start : Days.BEGINNING;
    }

    /** The last day the column covers: the day itself for a day column. */
    public int lastDay() {
        return end - 1;
    }
}

package dev.caplan.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * One calendar period, the half-open day interval {@code [start, end)}.
 *
 * <p>The constructor insists that the period is aligned to the calendar (a week starts on a Monday,
 * a month on the 1st, a quarter in January, April, July or October, ...) so that two equal-looking
 * periods are always equal values and {@link #label()} is unambiguous.
 *
 * @param kind  the length of the period
 * @param start first day, inclusive (epoch day)
 * @param end   first day after the period, exclusive (epoch day)
 */
public record Period(PeriodKind kind, int start, int end) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        Days.requireFinite(start);
        Days.requireFinite(end);
        if (kind.startOfPeriodContaining(start) != start) {
            throw new IllegalArgumentException(
                    Days.format(start) + " is not the first day of a " + kind.name().toLowerCase());
        }
        int expectedEnd = kind.endOfPeriodStartingAt(start);
        if (end != expectedEnd) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase() + " starting "
                    + Days.format(start) + " ends before " + Days.format(expectedEnd)
                    + ", not before " + Days.format(end));
        }
    }

    /** The period of the given kind that contains {@code day}. */
    public static Period containing(PeriodKind kind, int day) {
        int start = kind.startOfPeriodContaining(day);
        return new Period(kind, start, kind.endOfPeriodStartingAt(start));
    }

    /** The period of the same kind that starts where this one ends. */
    public Period next() {
        return new Period(kind, end, kind.endOfPeriodStartingAt(end));
    }

    /** Whether {@code day} lies in {@code [start, end)}. */
    public boolean contains(int day) {
        return day >= start && day < end;
    }

    /** Number of days in the period. */
    public int lengthInDays() {
        return end - start;
    }

    /**
     * The canonical text, which {@link PeriodParser} reads back: 2023-01-01, 2023-W01, 2023-01, 2023-Q1,
     * 2023-H1, 2023. A week is labelled by its ISO week-year, which is the year of its Thursday: the
     * week from 28 December 2020 to 3 January 2021 is 2020-W53.
     */
    public String label() {
        LocalDate first = LocalDate.ofEpochDay(start);
        String year = String.format("%04d", first.getYear());
        int monthIndex = first.getMonthValue() - 1;
        return switch (kind) {
            case DAY -> first.toString();
            case WEEK -> String.format("%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                    first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> year + String.format("-%02d", monthIndex + 1);
            case QUARTER -> year + "-Q" + (monthIndex / 3 + 1);
            case HALF_YEAR -> year + "-H" + (monthIndex / 6 + 1);
            case YEAR -> year;
        };
    }

    /** The label, because that is what a reader of a diagnostic or a report expects to see. */
    @Override
    public String toString() {
        return label();
    }
}

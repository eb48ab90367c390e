package dev.caplan.result;

import java.time.LocalDate;

/**
 * The days a column or a row of a result covers, for machines: the first and the last day, both
 * included. An end is null where the range is open ({@code … .. 2022-11-14}: since always). A day
 * column covers one day; a period column ({@code 2023-H2}) its period.
 */
public record DayRange(LocalDate first, LocalDate last) {
    public DayRange {
        if (first != null && last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("a range of days that ends before it starts: " + first + " .. " + last);
        }
    }

    public static DayRange of(LocalDate day) {
        return new DayRange(day, day);
    }
}

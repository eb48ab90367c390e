package dev.caplan.result;

import java.util.List;

/**
 * A labelled row of cells, one per column of its table; {@code format} says how the human formats
 * write its numbers (plain unless a report asks otherwise); {@code days} is the days the row stands
 * for where a row is a stretch of time (a ledger's period, an interval of a query), else null.
 */
public record ResultRow(String label, List<ResultCell> cells, NumberFormat format, DayRange days) {
    public ResultRow {
        cells = List.copyOf(cells);
        format = format == null ? NumberFormat.PLAIN : format;
    }

    public ResultRow(String label, List<ResultCell> cells) {
        this(label, cells, NumberFormat.PLAIN, null);
    }

    /** The same row, written in {@code newFormat}. */
    public ResultRow withFormat(NumberFormat newFormat) {
        return new ResultRow(label, cells, newFormat, days);
    }

    /** The same row, standing for {@code range}. */
    public ResultRow withDays(DayRange range) {
        return new ResultRow(label, cells, format, range);
    }
}

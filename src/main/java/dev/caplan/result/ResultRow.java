package dev.caplan.result;

import java.util.List;

/**
 * A labelled row of cells, one per column of its table; {@code format} says how the human formats
 * write its numbers (plain unless a report asks otherwise).
 */
public record ResultRow(String label, List<ResultCell> cells, NumberFormat format) {
    public ResultRow {
        cells = List.copyOf(cells);
        format = format == null ? NumberFormat.PLAIN : format;
    }

    public ResultRow(String label, List<ResultCell> cells) {
        this(label, cells, NumberFormat.PLAIN);
    }

    /** The same row, written in {@code newFormat}. */
    public ResultRow withFormat(NumberFormat newFormat) {
        return new ResultRow(label, cells, newFormat);
    }
}

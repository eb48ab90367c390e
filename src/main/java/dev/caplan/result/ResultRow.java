package dev.caplan.result;

import java.util.List;

/** A labelled row of cells, one per column of its table. */
public record ResultRow(String label, List<ResultCell> cells) {
    public ResultRow {
        cells = List.copyOf(cells);
    }
}

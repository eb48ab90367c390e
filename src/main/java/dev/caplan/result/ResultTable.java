package dev.caplan.result;

import java.util.List;

/**
 * What evaluation gives the renderers: a report, or the answer to a query, as rows × columns.
 * {@code rowHeader} names the row labels' column ("location", "kind", ...); each column has a
 * {@link Heading} (its label and the days it covers); {@code total} is null when the report asks
 * for none. Renderers depend only on this shape.
 */
public record ResultTable(String name, String title, String rowHeader, List<Heading> headings,
                          List<ResultRow> rows, ResultRow total) {
    public ResultTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /** The columns' labels, in order. */
    public List<String> columns() {
        return headings.stream().map(Heading::label).toList();
    }

    /** Whether the table is a single number (a query of one value at one date). */
    public boolean isScalar() {
        return rows.size() == 1 && headings.size() == 1 && total == null;
    }

    /** Whether a cell was computed from partly unknown days. */
    public boolean hasPartial() {
        boolean inRows = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(ResultCell::partial);
        return inRows || total != null && total.cells().stream().anyMatch(ResultCell::partial);
    }

    public boolean hasTentative() {
        boolean inRows = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(ResultCell::tentative);
        return inRows || total != null && total.cells().stream().anyMatch(ResultCell::tentative);
    }
}

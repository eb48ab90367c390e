package dev.caplan.output;

import dev.caplan.result.DayRange;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each figure of a report goes on its sheet, before any spreadsheet library is involved, so
 * the layout can be read and tested as data. A sheet reads from the top:
 * <ol>
 * <li>the report's name (and its title beside it);</li>
 * <li>a header: the row header, {@code first day} and {@code last day} when the rows are
 *     stretches of time, then per column its label, and beside it {@code LABEL firm} when a cell
 *     of the column is tentative, {@code LABEL low} and {@code LABEL high} when one has bounds;</li>
 * <li>{@code first day} and {@code last day} rows: the days each column covers, as dates;</li>
 * <li>the rows and the total, numbers as exact numbers, days as dates;</li>
 * <li>after an empty row, a legend for each mark the sheet uses.</li>
 * </ol>
 * A value that is not known is an empty cell marked grey, never 0; a tentative value is styled
 * and carries a {@code ?} in its number format, so it stays a number a formula can use.
 */
final class SheetLayout {

    /** What a cell looks like: each is one style of the workbook. */
    enum Look { TITLE, HEADER, TEXT, TOTAL, DATE, NUMBER, TENTATIVE, UNKNOWN, LEGEND }

    /**
     * One cell: its place (from 0), its value (a {@code String}, an exact {@code BigDecimal}, a
     * {@code LocalDate}, or null for an unknown value's empty cell), how it looks and, for a
     * number, its Excel number format.
     */
    record Cell(int row, int column, Object value, Look look, String numberFormat) {
    }

    /** A sheet: its name and its cells, row by row. */
    record Sheet(String name, List<Cell> cells) {
    }

    static final String TENTATIVE_LEGEND = "1965? (italic, yellow): counts tentative values; "
            + "the firm value, which differs, is in the column marked firm";
    static final String PARTIAL_LEGEND = "1965* : from the known days only: some days of the period are unknown";
    static final String UNKNOWN_LEGEND = "empty grey cell: not known (nothing realised yet), not zero";
    static final String BOUNDS_LEGEND = "low, high: the bounds of an uncertain value";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    /** Columns on one sheet in Excel (A to XFD): a workbook with more is refused as damaged. */
    static final int MAX_COLUMNS = 16_384;
    /** Rows on one sheet in Excel. */
    static final int MAX_ROWS = 1_048_576;

    private SheetLayout() {
    }

    /**
     * Why {@code table} cannot be one sheet (it needs more columns or rows than a sheet has), or
     * null when it fits; counted from the layout's rules without making its cells, so a table of
     * two million cells is refused before anything is written.
     */
    static String misfit(ResultTable table) {
        List<ResultRow> rows = rowsOf(table);
        int width = Columns.of(table, rows).width();
        if (width > MAX_COLUMNS) {
            return "its sheet would need " + width + " columns, and a sheet has at most " + MAX_COLUMNS;
        }
        long height = height(table, rows);
        if (height > MAX_ROWS) {
            return "its sheet would need " + height + " rows, and a sheet has at most " + MAX_ROWS;
        }
        return null;
    }

    static List<Sheet> of(List<ResultTable> tables) {
        SheetNames names = new SheetNames();
        return tables.stream().map(table -> new Sheet(names.next(table.name()), cells(table))).toList();
    }

    private static List<ResultRow> rowsOf(ResultTable table) {
        List<ResultRow> rows = new ArrayList<>(table.rows());
        if (table.total() != null) {
            rows.add(table.total());
        }
        return rows;
    }

    /** The rows {@link #cells} fills: name, header, the two day rows, the rows, a gap and the legends. */
    private static long height(ResultTable table, List<ResultRow> rows) {
        return 2L + (hasDayRows(table) ? 2 : 0) + rows.size() + 1 + legends(rows).size();
    }

    private static boolean hasDayRows(ResultTable table) {
        return table.headings().stream().anyMatch(h -> h.days() != null);
    }

    private static List<String> legends(List<ResultRow> rows) {
        boolean anyTentative = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(ResultCell::tentative);
        boolean anyPartial = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(ResultCell::partial);
        boolean anyUnknown = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> !c.isKnown());
        boolean anyBounds = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(ResultCell::hasBounds);
        return List.of(anyTentative ? TENTATIVE_LEGEND : "", anyPartial ? PARTIAL_LEGEND : "",
                anyUnknown ? UNKNOWN_LEGEND : "", anyBounds ? BOUNDS_LEGEND : "").stream()
                .filter(legend -> !legend.isEmpty()).toList();
    }

    private static List<Cell> cells(ResultTable table) {
        List<ResultRow> rows = rowsOf(table);
        Columns columns = Columns.of(table, rows);
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(0, 0, table.name(), Look.TITLE, null));
        if (table.title() != null) {
            cells.add(new Cell(0, 1, table.title(), Look.TITLE, null));
        }
        cells.addAll(columns.header(1, table));
        int row = 2;
        if (hasDayRows(table)) {
            cells.addAll(columns.days(row++, "first day", table, true));
            cells.addAll(columns.days(row++, "last day", table, false));
        }
        for (ResultRow result : rows) {
            cells.addAll(columns.row(row++, result, result == table.total()));
        }
        row++;
        for (String legend : legends(rows)) {
            cells.add(new Cell(row++, 0, legend, Look.LEGEND, null));
        }
        return cells;
    }

    /**
     * The sheet's columns: where each result column starts, whether it has a firm column and
     * bound columns beside it, and how many columns the sheet uses in all.
     */
    private record Columns(boolean rowDays, List<Integer> starts, List<Boolean> firm, List<Boolean> bounds, int width) {

        static Columns of(ResultTable table, List<ResultRow> rows) {
            boolean rowDays = rows.stream().anyMatch(r -> r.days() != null);
            List<Integer> starts = new ArrayList<>();
            List<Boolean> firm = new ArrayList<>();
            List<Boolean> bounds = new ArrayList<>();
            int next = rowDays ? 3 : 1;
            for (int column = 0; column < table.headings().size(); column++) {
                int c = column;
                boolean tentative = rows.stream().anyMatch(r -> r.cells().get(c).tentative());
                boolean bounded = rows.stream().anyMatch(r -> r.cells().get(c).hasBounds());
                starts.add(next);
                firm.add(tentative);
                bounds.add(bounded);
                next += 1 + (tentative ? 1 : 0) + (bounded ? 2 : 0);
            }
            return new Columns(rowDays, starts, firm, bounds, next);
        }

        List<Cell> header(int row, ResultTable table) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(row, 0, table.rowHeader(), Look.HEADER, null));
            if (rowDays) {
                cells.add(new Cell(row, 1, "first day", Look.HEADER, null));
                cells.add(new Cell(row, 2, "last day", Look.HEADER, null));
            }
            for (int column = 0; column < starts.size(); column++) {
                String label = table.headings().get(column).label();
                int at = starts.get(column);
                cells.add(new Cell(row, at++, label, Look.HEADER, null));
                if (firm.get(column)) {
                    cells.add(new Cell(row, at++, label + " firm", Look.HEADER, null));
                }
                if (bounds.get(column)) {
                    cells.add(new Cell(row, at++, label + " low", Look.HEADER, null));
                    cells.add(new Cell(row, at, label + " high", Look.HEADER, null));
                }
            }
            return cells;
        }

        List<Cell> days(int row, String label, ResultTable table, boolean first) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(row, 0, label, Look.HEADER, null));
            for (int column = 0; column < starts.size(); column++) {
                LocalDate day = day(table.headings().get(column).days(), first);
                if (day != null) {
                    cells.add(new Cell(row, starts.get(column), day, Look.DATE, DATE_FORMAT));
                }
            }
            return cells;
        }

        List<Cell> row(int row, ResultRow result, boolean total) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(row, 0, result.label(), total ? Look.TOTAL : Look.TEXT, null));
            if (rowDays) {
                addDay(cells, row, 1, day(result.days(), true));
                addDay(cells, row, 2, day(result.days(), false));
            }
            NumberFormat format = result.format();
            for (int column = 0; column < starts.size(); column++) {
                ResultCell value = result.cells().get(column);
                int at = starts.get(column);
                cells.add(value.isKnown()
                        ? new Cell(row, at, exact(value.value()), value.tentative() ? Look.TENTATIVE : Look.NUMBER,
                        ExcelFormats.of(format, value.tentative(), value.partial()))
                        : new Cell(row, at, null, Look.UNKNOWN, null));
                at++;
                if (firm.get(column)) {
                    cells.add(number(row, at++, value.firm(), format));
                }
                if (bounds.get(column)) {
                    cells.add(number(row, at++, value.low(), format));
                    cells.add(number(row, at, value.high(), format));
                }
            }
            return cells;
        }

        private static Cell number(int row, int column, BigDecimal value, NumberFormat format) {
            return value == null ? new Cell(row, column, null, Look.UNKNOWN, null)
                    : new Cell(row, column, exact(value), Look.NUMBER, ExcelFormats.of(format, false, false));
        }

        private static void addDay(List<Cell> cells, int row, int column, LocalDate day) {
            if (day != null) {
                cells.add(new Cell(row, column, day, Look.DATE, DATE_FORMAT));
            }
        }

        private static LocalDate day(DayRange days, boolean first) {
            return days == null ? null : first ? days.first() : days.last();
        }
    }

    /** The value as caplan writes it exactly: no exponent, no trailing zeros. */
    private static BigDecimal exact(BigDecimal value) {
        return Numbers.normalize(value);
    }
}

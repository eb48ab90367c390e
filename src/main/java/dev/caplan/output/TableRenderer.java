package dev.caplan.output;

import dev.caplan.diag.Visible;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain text for a terminal: a title line, then a grid with the row labels left-aligned and the
 * numbers right-aligned so their digits line up, even when some carry the tentative marker. Each
 * row's numbers are written in its format ({@code 82.0 %}, {@code 75.500}).
 * Only ASCII is used for the layout so it survives any terminal, pager or log file; names are
 * shown with their invisible characters escaped ({@link Visible}), so a name can neither send
 * escape codes to the terminal nor shift the columns.
 */
final class TableRenderer implements Renderer {

    static final TableRenderer INSTANCE = new TableRenderer();

    private static final String GAP = "  ";

    private TableRenderer() {
    }

    @Override
    public String render(List<ResultTable> tables) {
        return render(tables, Wording.ENGLISH);
    }

    @Override
    public String render(List<ResultTable> tables, Wording wording) {
        return tables.stream().map(table -> HumanText.texts(table, Visible::text, wording))
                .map(table -> renderTable(table, wording)).collect(Collectors.joining("\n"));
    }

    private static String renderTable(ResultTable table, Wording wording) {
        if (table.isScalar()) {
            return scalar(table, wording);
        }
        StringBuilder out = new StringBuilder();
        out.append(HumanText.heading(table));
        if (table.title() != null) {
            out.append(" (").append(table.name()).append(')');
        }
        out.append('\n');
        TextGrid grid = TextGrid.of(table, wording);
        out.append(grid.line(table.rowHeader(), table.columns())).append('\n');
        for (ResultRow row : table.rows()) {
            out.append(grid.line(row)).append('\n');
        }
        if (table.total() != null) {
            out.append("-".repeat(grid.totalWidth())).append('\n');
            out.append(grid.line(table.total())).append('\n');
        }
        return out.append(HumanText.footnotes(table, wording)).toString();
    }

    /**
     * Column widths of one table. Numbers are right-aligned; what follows them (the tentative
     * marker, the bounds of an uncertain value) gets a left-aligned space of its own in every cell
     * of the column, so that {@code 550?} and {@code 1000} keep their last digits under each other.
     */
    private record TextGrid(int labelWidth, List<Integer> numberWidths, List<Integer> suffixWidths, Wording wording) {

        static TextGrid of(ResultTable table, Wording wording) {
            List<ResultRow> rows = new ArrayList<>(table.rows());
            if (table.total() != null) {
                rows.add(table.total());
            }
            int labelWidth = width(table.rowHeader());
            for (ResultRow row : rows) {
                labelWidth = Math.max(labelWidth, width(row.label()));
            }
            List<Integer> numberWidths = new ArrayList<>();
            List<Integer> suffixWidths = new ArrayList<>();
            List<String> columns = table.columns(); // made anew on each call: once, or a wide table takes minutes
            for (int column = 0; column < columns.size(); column++) {
                int numberWidth = width(columns.get(column));
                int suffixWidth = 0;
                for (ResultRow row : rows) {
                    ResultCell cell = row.cells().get(column);
                    numberWidth = Math.max(numberWidth, width(HumanText.number(cell, row.format(), wording)));
                    suffixWidth = Math.max(suffixWidth, width(HumanText.suffix(cell, row.format(), wording)));
                }
                numberWidths.add(numberWidth);
                suffixWidths.add(suffixWidth);
            }
            return new TextGrid(labelWidth, numberWidths, suffixWidths, wording);
        }

        /** Characters from the first to the last possible character of a line. */
        int totalWidth() {
            int width = labelWidth;
            for (int column = 0; column < numberWidths.size(); column++) {
                width += GAP.length() + numberWidths.get(column) + suffixWidths.get(column);
            }
            return width;
        }

        String line(ResultRow row) {
            List<String> numbers = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            for (ResultCell cell : row.cells()) {
                numbers.add(HumanText.number(cell, row.format(), wording));
                markers.add(HumanText.suffix(cell, row.format(), wording));
            }
            return line(row.label(), numbers, markers);
        }

        /** The header line: column labels are aligned with the digits below them. */
        String line(String rowHeader, List<String> columns) {
            return line(rowHeader, columns, columns.stream().map(c -> "").toList());
        }

        private String line(String label, List<String> numbers, List<String> markers) {
            StringBuilder out = new StringBuilder(padRight(label, labelWidth));
            for (int column = 0; column < numbers.size(); column++) {
                out.append(GAP).append(padLeft(numbers.get(column), numberWidths.get(column)));
                out.append(padRight(markers.get(column), suffixWidths.get(column)));
            }
            return out.toString().stripTrailing();
        }
    }

    /** Width in characters as a terminal shows them; code points, so non-ASCII labels align. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(width - width(text));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - width(text)) + text;
    }

    /**
     * A single value: one line saying what it is, then the value alone on the last line, so a
     * script can take the answer with {@code tail -1}.
     */
    private static String scalar(ResultTable table, Wording wording) {
        ResultRow row = table.rows().get(0);
        ResultCell cell = row.cells().get(0);
        NumberFormat format = row.format();
        String column = table.columns().get(0);
        String heading = HumanText.heading(table);
        String context = heading + (column.equals("value") || heading.endsWith(column) ? "" : wording.on() + column);
        if (cell.tentative()) {
            context += wording.firmNote() + wording.number(cell.firm(), format) + Numbers.unit(format) + ")";
        }
        if (cell.partial()) {
            context += wording.partialNote();
        }
        if (cell.hasBounds()) {
            context += wording.between() + wording.number(cell.low(), format) + Numbers.unit(format) + wording.and()
                    + wording.number(cell.high(), format) + Numbers.unit(format) + ")";
        }
        return context + "\n" + HumanText.cell(cell, format, wording) + "\n";
    }
}

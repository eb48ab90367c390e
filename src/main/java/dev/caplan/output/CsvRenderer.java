package dev.caplan.output;

import dev.caplan.diag.Visible;
import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Tidy ("long") CSV: one line per cell with its report, row and column, so any number of reports
 * with different columns fit in one file and load straight into a spreadsheet or data frame. The
 * column's label is the period's own ({@code 2023-H2}); {@code first} and {@code last} give the days
 * the cell covers (the column's, or the row's where the row is the stretch of time), for machines.
 * Values are exact; quoting is left to Jackson because labels may hold commas and quotes. A row's
 * format ({@code format percent 1}) is not applied: a spreadsheet gets 0.82, exact, and formats it.
 *
 * <p>A text cell (report, row, column) has its invisible characters escaped by {@link Visible#text},
 * the rule the table and Markdown use ({@code \x1b}, {@code \u202e}): CSV is read in terminals and
 * editors as much as by spreadsheets, and {@code cat out.csv} must not run an escape code a model's
 * name holds. Then a cell that starts with {@code = + - @} would be taken for a formula by a
 * spreadsheet ({@code =HYPERLINK(...)} in a location's name), so it gets a {@code '} in front, as
 * OWASP recommends against CSV injection (the tab and carriage return OWASP also names are escaped
 * by then, {@code \x09}, so no longer lead a cell); the numbers, negative ones too, stay numbers.
 */
final class CsvRenderer implements Renderer {

    static final CsvRenderer INSTANCE = new CsvRenderer();

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("report").addColumn("row").addColumn("column").addColumn("first").addColumn("last")
            .addColumn("value").addColumn("firm").addColumn("tentative").addColumn("low").addColumn("high")
            .addColumn("partial")
            .setUseHeader(true)
            .setLineSeparator("\n")
            .build();

    /** Strict quoting: only fields that need it are quoted, e.g. not {@code Zwolle (Lumen)}. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private CsvRenderer() {
    }

    @Override
    public String render(List<ResultTable> tables) {
        List<List<String>> lines = new ArrayList<>();
        for (ResultTable table : tables) {
            for (ResultRow row : table.rows()) {
                addRow(lines, table, row);
            }
            if (table.total() != null) {
                addRow(lines, table, table.total());
            }
        }
        return MAPPER.writer(SCHEMA).writeValueAsString(lines);
    }

    private static void addRow(List<List<String>> lines, ResultTable table, ResultRow row) {
        for (int column = 0; column < table.headings().size(); column++) {
            ResultCell cell = row.cells().get(column);
            Heading heading = table.headings().get(column);
            DayRange days = heading.days() != null ? heading.days() : row.days();
            lines.add(List.of(text(table.name()), text(row.label()), text(heading.label()), day(days, DayRange::first),
                    day(days, DayRange::last),
                    Numbers.format(cell.value()), Numbers.format(cell.firm()),
                    String.valueOf(cell.tentative()), Numbers.format(cell.low()), Numbers.format(cell.high()),
                    String.valueOf(cell.partial())));
        }
    }

    /** A day of the cell's range in ISO form; empty where the cell is not about days or the range is open. */
    private static String day(DayRange days, Function<DayRange, LocalDate> end) {
        return days == null || end.apply(days) == null ? "" : end.apply(days).toString();
    }

    /** A text as a spreadsheet takes it as text, never as a formula, with nothing invisible in it. */
    static String text(String text) {
        String shown = Visible.text(text);
        return !shown.isEmpty() && "=+-@".indexOf(shown.charAt(0)) >= 0 ? "'" + shown : shown;
    }
}

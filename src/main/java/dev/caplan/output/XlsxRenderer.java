package dev.caplan.output;

import dev.caplan.result.ResultTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (xlsx), one sheet per report laid out by {@link SheetLayout}, written through
 * fastexcel (only this package sees it). Numbers are written as the exact decimal text caplan
 * computed (Excel reads them as doubles: up to 15 significant digits survive, more than any report
 * shows); days are date cells; text from the model is always a text cell, never a formula, so a
 * location named {@code =1+1} stays that text.
 *
 * <p>A workbook is binary: {@link #bytes} gives the file. {@link #render} gives the same workbook
 * as text, cell by cell (for tests and for looking at what a workbook would hold).
 */
final class XlsxRenderer implements Renderer {

    static final XlsxRenderer INSTANCE = new XlsxRenderer();

    private static final String TENTATIVE_FILL = "FFF2CC";
    private static final String UNKNOWN_FILL = "E7E6E6";
    private static final String HEADER_FILL = "DDEBF7";

    private XlsxRenderer() {
    }

    /** The workbook's cells as lines: the sheet, then {@code B4 number 1965 General"?" tentative}. */
    @Override
    public String render(List<ResultTable> tables) {
        StringBuilder out = new StringBuilder();
        for (SheetLayout.Sheet sheet : SheetLayout.of(tables)) {
            out.append("sheet ").append(quoted(sheet.name())).append('\n');
            for (SheetLayout.Cell cell : sheet.cells()) {
                out.append(address(cell.row(), cell.column())).append(' ').append(describe(cell.value()))
                        .append(cell.numberFormat() == null ? "" : " " + cell.numberFormat())
                        .append(' ').append(cell.look().name().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public String cannotHold(ResultTable table) {
        return SheetLayout.misfit(table);
    }

    /** The workbook; a table {@link #cannotHold} names is refused, never written as a damaged sheet. */
    @Override
    public byte[] bytes(List<ResultTable> tables) {
        for (ResultTable table : tables) {
            String misfit = SheetLayout.misfit(table);
            if (misfit != null) {
                throw new IllegalArgumentException("table " + table.name() + ": " + misfit);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "caplan", null);
            for (SheetLayout.Sheet sheet : SheetLayout.of(tables)) {
                Worksheet worksheet = workbook.newWorksheet(sheet.name());
                sheet.cells().forEach(cell -> write(worksheet, cell));
                worksheet.width(0, 28);
                worksheet.freezePane(1, 2);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // to memory: does not happen
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, SheetLayout.Cell cell) {
        int row = cell.row();
        int column = cell.column();
        Object value = cell.value();
        if (value instanceof String text) {
            sheet.value(row, column, text); // a shared string: never read as a formula
        } else if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else if (value instanceof LocalDate day) {
            sheet.value(row, column, day);
        } // null: an unknown value; the cell stays empty and its style says so
        var style = sheet.style(row, column);
        if (cell.numberFormat() != null) {
            style.format(cell.numberFormat());
        }
        switch (cell.look()) {
            case TITLE, TOTAL -> style.bold();
            case HEADER -> style.bold().fillColor(HEADER_FILL);
            case TENTATIVE -> style.italic().fillColor(TENTATIVE_FILL);
            case UNKNOWN -> style.fillColor(UNKNOWN_FILL);
            case LEGEND -> style.italic();
            case TEXT, DATE, NUMBER -> { }
        }
        style.set();
    }

    /** {@code A1} for row 0, column 0; {@code AA3} for row 2, column 26. */
    static String address(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "text " + quoted(text);
        }
        if (value instanceof BigDecimal number) {
            return "number " + number.toPlainString();
        }
        return value == null ? "empty" : "date " + value;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}

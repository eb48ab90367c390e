package dev.caplan.testing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An xlsx file read back with fastexcel-reader, a library other than the one that wrote it: each
 * sheet's cells by address, with their type, value and number format, as a reader of the file sees them.
 */
public final class Workbooks {

    /** One cell as read: {@code kind} is text, number, date or empty; {@code format} null when none. */
    public record ReadCell(String address, int row, int column, String kind, String text, BigDecimal number,
                           String format) {
        /** The line the dump writes: {@code B5 number 550}, {@code C6 number 100 General"?"}. */
        public String line() {
            String value = switch (kind) {
                case "text" -> "text " + quoted(text);
                case "number" -> "number " + number.stripTrailingZeros().toPlainString();
                case "date" -> "date " + text;
                default -> "empty";
            };
            return address + " " + value + (format == null ? "" : " " + format);
        }
    }

    private Workbooks() {
    }

    /** Every sheet's cells, by sheet name in the workbook's order. */
    public static Map<String, List<ReadCell>> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static Map<String, List<ReadCell>> read(InputStream in) throws IOException {
        Map<String, List<ReadCell>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<ReadCell> cells = new ArrayList<>();
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            cells.add(cell(cell));
                        }
                    }
                }
                sheets.put(sheet.getName(), cells);
            }
        }
        return sheets;
    }

    /** The workbook as text: a line per sheet, then a line per cell ({@link ReadCell#line}). */
    public static String dump(Map<String, List<ReadCell>> sheets) {
        StringBuilder out = new StringBuilder();
        sheets.forEach((name, cells) -> {
            out.append("sheet ").append(quoted(name)).append('\n');
            cells.forEach(cell -> out.append(cell.line()).append('\n'));
        });
        return out.toString();
    }

    private static ReadCell cell(Cell cell) {
        String address = cell.getAddress().toString();
        int row = cell.getAddress().getRow();
        int column = cell.getAddress().getColumn();
        String format = cell.getDataFormatString();
        CellType type = cell.getType();
        if (type == CellType.STRING) {
            return new ReadCell(address, row, column, "text", cell.asString(), null, null);
        }
        if (type == CellType.NUMBER && format != null && format.contains("yy")) {
            return new ReadCell(address, row, column, "date", cell.asDate().toLocalDate().toString(), null, format);
        }
        if (type == CellType.NUMBER) {
            return new ReadCell(address, row, column, "number", null, cell.asNumber(), format);
        }
        if (type == CellType.EMPTY) {
            return new ReadCell(address, row, column, "empty", null, null, null);
        }
        return new ReadCell(address, row, column, type.name().toLowerCase(Locale.ROOT), cell.getText(), null,
                format);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}

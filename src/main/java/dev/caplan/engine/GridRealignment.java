package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.Printer;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A grid cell edit that keeps an aligned grid aligned: when every line of the table is laid out as
 * {@code caplan fmt} lays it out, a cell that becomes wider (or narrower) realigns its column
 * instead of shifting the rest of its row. The layout is {@link Printer#tableLines}, the one the
 * formatter uses. A grid laid out by hand in another way gets the plain cell edit: its author's
 * spacing is left alone. Comments and blank lines between and after the rows stay byte for byte.
 */
final class GridRealignment {

    private GridRealignment() {
    }

    /** The edit of the grid's lines from the header to the last row; empty when the grid is not in the canonical layout. */
    static Optional<Tweak.Edit> of(Item.Table table, Item.TableRow row, int column, Item.Cell cell, String what) {
        List<Span> lines = lineSpans(table);
        SourceFile file = table.span().file();
        if (table.rows().isEmpty() || lines.stream().anyMatch(span -> file.lineOf(span.start()) != file.lineOf(span.end()))) {
            return Optional.empty();
        }
        String indent = indentOf(file, table.rows().get(0).span());
        List<String> before = Printer.tableLines(table);
        for (int i = 0; i < lines.size(); i++) {
            if (!written(file, lines.get(i), indent.length()).equals(before.get(i))) {
                return Optional.empty();
            }
        }
        List<String> after = Printer.tableLines(withCell(table, row, column, cell));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(after.get(i));
            if (i + 1 < lines.size()) {
                int next = lineStartOf(file, lines.get(i + 1)) + indent.length();
                text.append(file.text(), lines.get(i).end(), next);
            }
        }
        int start = lineStartOf(file, lines.get(0)) + indent.length();
        int end = lines.get(lines.size() - 1).end();
        return Optional.of(new Tweak.Edit(file.path(), start, end, text.toString(), what));
    }

    /** The header (its first period to its last) and each row. */
    private static List<Span> lineSpans(Item.Table table) {
        List<Span> spans = new ArrayList<>();
        spans.add(table.columns().get(0).span().to(table.columns().get(table.columns().size() - 1).span()));
        table.rows().forEach(r -> spans.add(r.span()));
        return spans;
    }

    /** A grid line as written, from after the block's indentation to the end of its last cell. */
    private static String written(SourceFile file, Span span, int indent) {
        int start = lineStartOf(file, span) + indent;
        return start > span.start() ? "\0" : file.text().substring(start, span.end());
    }

    private static Item.Table withCell(Item.Table table, Item.TableRow row, int column, Item.Cell cell) {
        List<Item.TableRow> rows = new ArrayList<>();
        for (Item.TableRow r : table.rows()) {
            if (r == row) {
                List<Item.Cell> cells = new ArrayList<>(r.cells());
                cells.set(column, cell);
                r = new Item.TableRow(r.name(), r.area(), cells, r.span());
            }
            rows.add(r);
        }
        return new Item.Table(table.name(), table.kind(), table.until(), table.columns(), rows, table.span());
    }

    private static int lineStartOf(SourceFile file, Span span) {
        return file.lineStart(file.lineOf(span.start()));
    }

    private static String indentOf(SourceFile file, Span span) {
        String line = file.lineText(file.lineOf(span.start()));
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}

package dev.caplan.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints an AST back as canonical caplan text: what {@code caplan fmt} writes declarations with,
 * and the other half of the parse → print → parse round trip. Whatever the input looked like,
 * equal trees print to equal text, and the text parses back to an equal tree (spans aside).
 * Comments are not in the AST and are therefore not printed here; the formatter puts them back.
 *
 * <p>Canonical form: blocks ({@code location}, {@code table}, {@code report}) with entries
 * indented by two spaces and a blank line around them; consecutive one-line items of the same
 * sort (imports, areas, kinds, target groups, definitions) on adjacent lines; names quoted only
 * when they must be (or were); numbers exactly as their value, periods as written; grid tables
 * aligned in columns like a spreadsheet.
 */
public final class Printer {
    private static final String INDENT = "  ";
    /** Between the columns of a grid table. */
    private static final String GAP = " ";

    private Printer() {
    }

    /** The text of a whole file, ending with a newline (empty for no items). */
    public static String print(List<Item> items) {
        StringBuilder out = new StringBuilder();
        Item previous = null;
        for (Item item : items) {
            if (previous != null) {
                out.append(sameLineGroup(previous, item) ? "\n" : "\n\n");
            }
            out.append(print(item));
            previous = item;
        }
        return items.isEmpty() ? "" : out.append('\n').toString();
    }

    /** The text of one item, without a final newline; a block spans several lines. */
    public static String print(Item item) {
        return item.accept(ItemPrinter.INSTANCE);
    }

    /** The text of one expression, with parentheses exactly where precedence needs them. */
    public static String print(Expr expr) {
        return ExprPrinter.print(expr);
    }

    /** The text of one line of a scenario; a declaration in it (replaced or added) spans several lines. */
    public static String print(ScenarioEntry entry) {
        return ScenarioPrinter.entry(entry);
    }

    /**
     * The lines of a grid table's body, without indentation: the header periods, then one line per
     * row, aligned in columns. The one place that lays out a grid: the formatter and the REPL's
     * cell edits use it too.
     */
    public static List<String> tableLines(Item.Table table) {
        return TableLayout.lines(table);
    }

    /** One-line items of one sort stay together, as a modeller writes them; blocks stand apart. */
    private static boolean sameLineGroup(Item first, Item second) {
        ItemKind group = lineGroup(first);
        return group != null && group == lineGroup(second);
    }

    /** The sort of a one-line item, or null for a block. */
    private static ItemKind lineGroup(Item item) {
        return switch (item.itemKind()) {
            case IMPORT, AREAS, KINDS, TARGET_GROUPS, LET -> item.itemKind();
            case LOCATION, TABLE, REPORT, QUOTA, ACTUAL, KEY, CHECK, REPORTED, SCENARIO -> null;
        };
    }

    /** The exact value as written without digit separators: {@code 1_000.50?} prints as {@code 1000.50?}. */
    static String quantity(Quantity quantity) {
        return quantity.source();
    }

    /** {@code 2023-01}, or {@code 2023-01 .. 2023-06 monthly}; a step name is a bare word by the grammar. */
    static String columnSpec(ColumnSpec spec) {
        if (!spec.isRange()) {
            return spec.first().text();
        }
        String range = spec.first().text() + " .. " + spec.last().text();
        return spec.step() == null ? range : range + " " + spec.step().text();
    }

    /** A string literal, escaped the way the lexer and {@link Name#source()} read it back. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A block: the head line, then each line indented, then the closing brace. */
    static String block(String head, List<String> lines) {
        return ItemPrinter.block(head, lines);
    }

    private static String join(List<Name> names) {
        return String.join(", ", names.stream().map(Name::source).toList());
    }

    /** The top-level items, one method each, so a new kind of item cannot be forgotten here. */
    private static final class ItemPrinter implements Item.Visitor<String> {
        static final ItemPrinter INSTANCE = new ItemPrinter();

        @Override
        public String visitImport(Item.Import item) {
            return "import " + quote(item.path());
        }

        @Override
        public String visitAreas(Item.Areas item) {
            String areas = item.level().keyword() + " " + join(item.names());
            return item.parent() == null ? areas : areas + " in " + item.parent().source();
        }

        @Override
        public String visitKinds(Item.Kinds item) {
            List<String> definitions = new ArrayList<>();
            for (Item.Definition definition : item.definitions()) {
                String name = definition.name().source();
                definitions.add(definition.description() == null ? name : name + " " + quote(definition.description()));
            }
            return (item.targetGroups() ? "group " : "kind ") + String.join(", ", definitions);
        }

        @Override
        public String visitLocation(Item.Location item) {
            List<String> lines = new ArrayList<>();
            for (LocationEntry entry : item.entries()) {
                lines.add(locationEntry(entry));
            }
            return block("location " + item.name().source() + " in " + item.area().source()
                    + " kind " + item.kind().source(), lines);
        }

        @Override
        public String visitTable(Item.Table item) {
            String head = "table " + item.name().source() + " kind " + item.kind().source()
                    + (item.until() == null ? "" : " until " + item.until().text());
            return block(head, TableLayout.lines(item));
        }

        @Override
        public String visitLet(Item.Let item) {
            return "let " + item.name().source() + " = " + print(item.expr());
        }

        @Override
        public String visitReport(Item.Report item) {
            List<String> lines = new ArrayList<>();
            for (ReportEntry entry : item.entries()) {
                lines.add(reportEntry(entry));
            }
            String title = item.title() == null ? "" : " " + quote(item.title());
            return block("report " + item.name().source() + title, lines);
        }

        @Override
        public String visitQuota(Item.Quota item) {
            return QuotaPrinter.quota(item);
        }

        @Override
        public String visitActual(Item.Actual item) {
            return QuotaPrinter.actual(item);
        }

        @Override
        public String visitKey(Item.Key item) {
            return QuotaPrinter.key(item);
        }

        @Override
        public String visitCheck(Item.Check item) {
            return QuotaPrinter.check(item);
        }

        @Override
        public String visitReported(Item.Reported item) {
            return QuotaPrinter.reported(item);
        }

        @Override
        public String visitScenario(Item.Scenario item) {
            return ScenarioPrinter.scenario(item);
        }

        private static String block(String head, List<String> lines) {
            StringBuilder out = new StringBuilder(head).append(" {\n");
            for (String line : lines) {
                out.append(INDENT).append(line).append('\n');
            }
            return out.append('}').toString();
        }

        private static String locationEntry(LocationEntry entry) {
            return entry.accept(LocationEntryPrinter.INSTANCE);
        }

        private static String reportEntry(ReportEntry entry) {
            return entry.accept(ReportEntryPrinter.INSTANCE);
        }
    }

    /** The lines of a location block. */
    private static final class LocationEntryPrinter implements LocationEntry.Visitor<String> {
        static final LocationEntryPrinter INSTANCE = new LocationEntryPrinter();

        /** {@code during} excludes {@code from} and {@code until} by the grammar. */
        @Override
        public String visitCapacity(LocationEntry.Capacity capacity) {
            StringBuilder out = new StringBuilder("capacity ").append(capacity.unknown() ? "?" : quantity(capacity.value()));
            if (capacity.during() != null) {
                out.append(" during ").append(capacity.during().text());
            }
            if (capacity.from() != null) {
                out.append(" from ").append(capacity.from().text());
            }
            if (capacity.until() != null) {
                out.append(" until ").append(capacity.until().text());
            }
            if (capacity.kind() != null) {
                out.append(" kind ").append(capacity.kind().source());
            }
            return out.toString();
        }

        @Override
        public String visitGroupPlaces(LocationEntry.GroupPlaces group) {
            return "group " + group.group().source() + " " + quantity(group.places());
        }

        @Override
        public String visitNote(LocationEntry.Note note) {
            return "note " + quote(note.text());
        }

        @Override
        public String visitOption(LocationEntry.Option option) {
            return ScenarioPrinter.option(option);
        }
    }

    /** The lines of a report block. */
    private static final class ReportEntryPrinter implements ReportEntry.Visitor<String> {
        static final ReportEntryPrinter INSTANCE = new ReportEntryPrinter();

        @Override
        public String visitRows(ReportEntry.Rows rows) {
            return "rows " + print(rows.expr()) + (rows.label() == null ? "" : " as " + quote(rows.label()))
                    + (rows.format() == null ? "" : " " + format(rows.format()));
        }

        @Override
        public String visitColumns(ReportEntry.Columns columns) {
            return "columns " + String.join(", ", columns.specs().stream().map(Printer::columnSpec).toList());
        }

        @Override
        public String visitAggregate(ReportEntry.Aggregate aggregate) {
            return "aggregate " + aggregate.how().source();
        }

        @Override
        public String visitTotal(ReportEntry.Total total) {
            return total.label() == null ? "total" : "total " + quote(total.label());
        }

        @Override
        public String visitFormat(ReportEntry.Format format) {
            return format(format.spec());
        }

        /** {@code format percent 1 thousands "."}: each word with its argument as written. */
        private static String format(FormatSpec spec) {
            StringBuilder out = new StringBuilder("format");
            for (FormatSpec.Part part : spec.parts()) {
                out.append(' ').append(part.word().text());
                if (part.number() != null) {
                    out.append(' ').append(part.number());
                } else if (part.text() != null) {
                    out.append(' ').append(quote(part.text()));
                }
            }
            return out.toString();
        }
    }

    /**
     * A grid table laid out like a spreadsheet: the row labels left-aligned in the first column,
     * the header periods and the cells right-aligned under each other, so a column reads as one.
     */
    private static final class TableLayout {

        static List<String> lines(Item.Table table) {
            List<List<String>> cells = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            cells.add(table.columns().stream().map(PeriodLit::text).toList());
            labels.add("");
            for (Item.TableRow row : table.rows()) {
                cells.add(row.cells().stream().map(TableLayout::cell).toList());
                labels.add(row.area() == null ? row.name().source() : row.name().source() + " in " + row.area().source());
            }
            int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
            List<Integer> widths = columnWidths(cells);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                lines.add(line(labels.get(i), labelWidth, cells.get(i), widths));
            }
            return lines;
        }

        private static String cell(Item.Cell cell) {
            return cell.value() != null ? quantity(cell.value()) : cell.unknown() ? "?" : "-";
        }

        /** The widest text at each position; a row may have more or fewer cells than the header. */
        private static List<Integer> columnWidths(List<List<String>> cells) {
            List<Integer> widths = new ArrayList<>();
            for (List<String> row : cells) {
                for (int i = 0; i < row.size(); i++) {
                    if (i == widths.size()) {
                        widths.add(0);
                    }
                    widths.set(i, Math.max(widths.get(i), row.get(i).length()));
                }
            }
            return widths;
        }

        /** A table without rows has no label column, so its header does not start with a stray gap. */
        private static String line(String label, int labelWidth, List<String> cells, List<Integer> widths) {
            StringBuilder out = new StringBuilder();
            if (labelWidth > 0) {
                out.append(label).append(" ".repeat(labelWidth - label.length())).append(GAP);
            }
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 0 ? "" : GAP).append(" ".repeat(widths.get(i) - cells.get(i).length())).append(cells.get(i));
            }
            return out.toString();
        }
    }
}

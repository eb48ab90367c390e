package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.Quantity;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.Span;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@code location} block or a grid-table row into a {@link Location}: resolves its
 * area and kind, converts capacity lines or cells into segments, and reports
 * fractions of places, empty segments and overlaps.
 */
final class LocationBuilder {
    private final Diagnostics diagnostics;
    private final NameTable<Area> areas;
    private final NameTable<Category> kinds;
    private final NameTable<Category> groups;
    private final Settings settings;
    private final LocationCache reusable;

    /**
     * {@code reusable} holds locations checked before whose declarations were not edited: those are
     * taken as they are.
     */
    LocationBuilder(Diagnostics diagnostics, NameTable<Area> areas, NameTable<Category> kinds,
                    NameTable<Category> groups, Settings settings, LocationCache reusable) {
        this.diagnostics = diagnostics;
        this.areas = areas;
        this.kinds = kinds;
        this.groups = groups;
        this.settings = settings;
        this.reusable = reusable;
    }

    /** The location of a block, or null when its area or kind does not resolve. */
    Location fromBlock(Item.Location block, int order) {
        Location known = reusable.get(block.span());
        if (known != null) {
            return known.withOrder(order);
        }
        Area area = areas.resolve(block.area(), diagnostics);
        Category kind = kinds.resolve(block.kind(), diagnostics);
        BlockLines lines = new BlockLines(block.name().text(), kind);
        block.entries().forEach(entry -> entry.accept(lines));
        checkOverlaps(block.name().text(), lines.segments);
        List<Segment> segments = lines.segments;
        for (LocationEntry.Option option : lines.options) {
            if (validOption(option) && settings.exercises(block.name().text(), option.effectiveName())) {
                segments = new ArrayList<>(OptionApplier.apply(segments, option));
            }
        }
        segments = firmIfAsked(segments);
        segments.sort(Comparator.comparingInt(Segment::from));
        if (area == null || kind == null) {
            return null;
        }
        return new Location(block.name().text(), area, kind, null, segments, lines.groupPlaces, lines.notes,
                order, block.span());
    }

    /** The lines of one location block: its capacity segments, target-group places, notes and options. */
    private final class BlockLines implements LocationEntry.Visitor<Void> {
        private final String location;
        private final Category kind;
        private final Set<String> optionNames = new HashSet<>();
        final List<Segment> segments = new ArrayList<>();
        final Map<String, BigDecimal> groupPlaces = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        final List<LocationEntry.Option> options = new ArrayList<>();

        /** {@code kind} is the location's, which a line has unless it names its own (null: unresolved). */
        BlockLines(String location, Category kind) {
            this.location = location;
            this.kind = kind;
        }

        @Override
        public Void visitCapacity(LocationEntry.Capacity capacity) {
            Category own = capacity.kind() == null ? kind : kinds.resolve(capacity.kind(), diagnostics);
            if (own != null || capacity.kind() == null) {
                addSegment(segments, capacity, own);
            }
            return null;
        }

        @Override
        public Void visitGroupPlaces(LocationEntry.GroupPlaces group) {
            if (groups.resolve(group.group(), diagnostics) != null && requireWhole(group.places())) {
                groupPlaces.put(group.group().text(), group.places().value());
            }
            return null;
        }

        @Override
        public Void visitNote(LocationEntry.Note note) {
            notes.add(note.text());
            return null;
        }

        @Override
        public Void visitOption(LocationEntry.Option option) {
            if (!optionNames.add(option.effectiveName())) {
                diagnostics.error(Code.DUPLICATE_NAME, option.span(), "'" + location + "' has two options called '"
                        + option.effectiveName() + "'", "name them: option longer extend until ..., option bigger expand to ...");
            }
            options.add(option);
            return null;
        }
    }

    /** The location of a grid row: a value holds from its column until the next column. */
    Location fromRow(Item.Table table, Item.TableRow row, int order) {
        Location known = reusable.get(row.span());
        if (known != null) {
            return known.withOrder(order);
        }
        if (row.area() == null && !areas.contains(row.name().text())) {
            diagnostics.error(Code.UNKNOWN_NAME, row.name().span(), "row '" + row.name().text()
                    + "' is not an area, so the table cannot tell where the location is",
                    "name the area it lies in: " + row.name().source() + " in AREA ...");
            return null;
        }
        Area area = areas.resolve(row.area() != null ? row.area() : row.name(), diagnostics);
        Category kind = kinds.resolve(table.kind(), diagnostics);
        List<Integer> starts = columnStarts(table);
        if (starts == null || area == null || kind == null) {
            return null;
        }
        if (row.cells().size() != starts.size()) {
            diagnostics.error(Code.TABLE_SHAPE, row.name().span(), "row '" + row.name().text() + "' has "
                    + row.cells().size() + " cells but the table has " + starts.size() + " columns",
                    "give one value per column; write - for no places");
            return null;
        }
        int tableEnd = table.until() == null ? Days.END : startOf(table.until());
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Item.Cell cell = row.cells().get(i);
            Quantity value = cell.value();
            int until = i + 1 < starts.size() ? starts.get(i + 1) : tableEnd;
            if (cell.unknown() && starts.get(i) < until) {
                segments.add(new Segment(starts.get(i), until, null, false, kind, cell.span()));
            } else if (value != null && requireWhole(value) && value.value().signum() != 0 && starts.get(i) < until) {
                segments.add(new Segment(starts.get(i), until, value.value(), value.tentative(), value.low(),
                        value.high(), kind, cell.span()));
            }
        }
        return new Location(row.name().text(), area, kind, table.name().text(), firmIfAsked(segments), Map.of(),
                List.of(), order, row.span());
    }

    /** The table's column start days, or null (after reporting) when they are not in date order. */
    private List<Integer> columnStarts(Item.Table table) {
        List<Integer> starts = new ArrayList<>();
        for (PeriodLit column : table.columns()) {
            if (!column.isValid()) {
                return null;
            }
            int start = column.period().start();
            if (!starts.isEmpty() && start <= starts.get(starts.size() - 1)) {
                diagnostics.error(Code.TABLE_SHAPE, column.span(), "column " + column.text()
                        + " does not come after the column before it", "list the columns in date order");
                return null;
            }
            starts.add(start);
        }
        if (!valid(table.until())) {
            return null; // its bad date is reported where dates are checked
        }
        if (table.until() != null && !starts.isEmpty() && startOf(table.until()) <= starts.get(starts.size() - 1)) {
            diagnostics.error(Code.EMPTY_PERIOD, table.until().span(), "the table ends at " + table.until().text()
                    + ", not after its last column", null);
            return null;
        }
        return starts;
    }

    private void addSegment(List<Segment> segments, LocationEntry.Capacity c, Category kind) {
        if (!c.unknown() && !requireWhole(c.value()) || !valid(c.from()) || !valid(c.until()) || !valid(c.during())) {
            return;
        }
        int from = c.firstDay();
        int until = c.endDay();
        if (until <= from) {
            diagnostics.error(Code.EMPTY_PERIOD, c.span(), "this capacity ends (" + Days.format(until)
                    + ") before it starts (" + Days.format(from) + ")", "until is exclusive: the first day without the places");
            return;
        }
        if (c.unknown()) {
            segments.add(new Segment(from, until, null, false, kind, c.span()));
            return;
        }
        segments.add(new Segment(from, until, c.value().value(), c.value().tentative(), c.value().low(),
                c.value().high(), kind, c.span()));
    }

    private void checkOverlaps(String location, List<Segment> segments) {
        segments.sort(Comparator.comparingInt(Segment::from));
        for (int i = 1; i < segments.size(); i++) {
            Segment before = segments.get(i - 1);
            Segment next = segments.get(i);
            if (next.from() < before.until()) {
                Span span = next.span().start() > before.span().start() ? next.span() : before.span();
                Segment other = span == next.span() ? before : next;
                diagnostics.error(Code.OVERLAP, span, "capacity segments of '" + location + "' overlap from "
                        + Days.format(Math.max(before.from(), next.from())),
                        "the segment at line " + other.span().line() + " covers the same days; "
                                + "until is exclusive, so one segment can end on the day the next starts");
            }
        }
    }

    /** In the firm view (a scenario "without tentative") tentative places do not exist. */
    private List<Segment> firmIfAsked(List<Segment> segments) {
        if (!settings.withoutTentative()) {
            return segments;
        }
        return new ArrayList<>(segments.stream().filter(s -> !s.tentative()).toList());
    }

    private boolean validOption(LocationEntry.Option option) {
        boolean periods = valid(option.from()) && valid(option.until());
        return periods && (option.places() == null || requireWhole(option.places()));
    }

    private boolean requireWhole(Quantity quantity) {
        return Whole.require(quantity, "a number of places", diagnostics);
    }

    private static boolean valid(PeriodLit period) {
        return period == null || period.isValid();
    }

    private static int startOf(PeriodLit period) {
        return period.period().start();
    }
}

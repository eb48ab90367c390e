package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.ItemKind;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.ReplInput;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.NameHints;
import dev.caplan.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns a REPL tweak into one edit of one file: the span of the declaration, capacity line or
 * grid cell it changes, and the text that replaces it. A new declaration is appended to the file
 * that holds most declarations of its kind. Everything else in the files stays byte for byte.
 */
final class Tweaker {
    private final List<SourceUnit> units;

    Tweaker(List<SourceUnit> units) {
        this.units = units;
    }

    /** A whole declaration: replaces the one of the same kind and name, or is added. */
    Tweak declaration(Item item, String typed) {
        String text = typed.strip();
        Optional<Name> name = item.identifier();
        ItemKind kind = item.itemKind();
        if (name.isPresent()) {
            for (SourceUnit unit : units) {
                for (Item existing : unit.items()) {
                    Optional<Name> other = existing.identifier();
                    if (other.isPresent() && existing.itemKind() == kind && other.get().text().equals(name.get().text())) {
                        Span span = existing.span();
                        return new Tweak.Edit(path(span), span.start(), span.end(), text,
                                kind.word() + " " + name.get().text());
                    }
                }
            }
        }
        SourceUnit home = homeOf(kind);
        String existing = home.file().text();
        String separator = existing.isEmpty() || existing.endsWith("\n") || existing.endsWith("\r") ? "" : "\n";
        return new Tweak.Edit(home.file().path(), existing.length(), existing.length(), separator + text + "\n",
                "added " + kind.word() + name.map(n -> " " + n.text()).orElse(""));
    }

    /** The file a new declaration goes to: the one with most declarations of its kind, else the first. */
    private SourceUnit homeOf(ItemKind kind) {
        SourceUnit best = units.get(0);
        long most = 0;
        for (SourceUnit unit : units) {
            long count = unit.items().stream().filter(item -> item.itemKind() == kind).count();
            if (count > most) {
                best = unit;
                most = count;
            }
        }
        return best;
    }

    /** One line of a location: replaces the line it matches, or is added after the last. */
    Tweak segment(ReplInput.Segment tweak, String typed) {
        Item.Location location = first(Item.Location.class, l -> l.name().text().equals(tweak.location().text()));
        if (location == null) {
            return unknown(tweak.location(), "location", all(Item.Location.class).stream().map(l -> l.name().text()).toList());
        }
        String text = typed.strip().substring(tweak.location().span().end()).strip();
        LocationEntry target = matching(location, tweak.entry());
        String what = "location " + location.name().text();
        if (target != null) {
            Span span = target.span();
            return new Tweak.Edit(path(span), span.start(), span.end(), text + keptKind(tweak.entry(), target), what);
        }
        Span last = location.entries().isEmpty() ? null : location.entries().get(location.entries().size() - 1).span();
        if (last == null) {
            int brace = location.span().end() - 1;
            return new Tweak.Edit(path(location.span()), brace, brace, "  " + text + "\n", what);
        }
        String indent = indentOf(last);
        int lineEnd = last.file().lineStart(last.line()) + last.file().lineText(last.line()).length();
        return new Tweak.Edit(path(last), lineEnd, lineEnd, "\n" + indent + text, what); // after the line's comment
    }

    /**
     * A capacity line typed without a kind that replaces a line with one keeps that kind: a tweak of
     * the places or dates of a GOO line must not turn its places into the location's kind unseen.
     */
    private static String keptKind(LocationEntry typed, LocationEntry replaced) {
        if (typed instanceof LocationEntry.Capacity line && line.kind() == null
                && replaced instanceof LocationEntry.Capacity old && old.kind() != null) {
            return " kind " + old.kind().source();
        }
        return "";
    }

    /** The entry a tweak replaces: the capacity line with the same start, or else one it overlaps; the same option or note. */
    private static LocationEntry matching(Item.Location location, LocationEntry tweak) {
        return tweak.accept(new LocationEntry.Visitor<>() {
            @Override
            public LocationEntry visitCapacity(LocationEntry.Capacity wanted) {
                List<LocationEntry.Capacity> lines = location.entriesOf(LocationEntry.Capacity.class);
                return lines.stream().filter(line -> line.firstDay() == wanted.firstDay()).findFirst()
                        .or(() -> lines.stream().filter(line -> overlap(line, wanted)).findFirst()).orElse(null);
            }

            @Override
            public LocationEntry visitOption(LocationEntry.Option wanted) {
                return location.options().stream().filter(o -> o.effectiveName().equals(wanted.effectiveName()))
                        .findFirst().orElse(null);
            }

            @Override
            public LocationEntry visitNote(LocationEntry.Note wanted) {
                return location.entriesOf(LocationEntry.Note.class).stream().findFirst().orElse(null);
            }

            @Override
            public LocationEntry visitGroupPlaces(LocationEntry.GroupPlaces wanted) {
                return null; // a location may reserve places for several groups: a group line is added
            }
        });
    }

    private static boolean overlap(LocationEntry.Capacity a, LocationEntry.Capacity b) {
        return a.firstDay() < b.endDay() && b.firstDay() < a.endDay();
    }

    /** One cell of a grid table. */
    Tweak cell(ReplInput.Cell tweak) {
        List<Item.Table> tables = all(Item.Table.class);
        Item.Table table = null;
        for (Item.Table t : tables) {
            table = t.name().text().equals(tweak.table().text()) ? t : table; // the last, as the checker sees it
        }
        if (table == null) {
            return unknown(tweak.table(), "table", tables.stream().map(t -> t.name().text()).toList());
        }
        int column = columnIndex(table, tweak.column());
        if (column < 0) {
            return new Tweak.Refused(Diagnostic.error(Code.UNKNOWN_NAME, tweak.column().span(), "table '"
                    + table.name().text() + "' has no column " + tweak.column().text()).withHint("its columns: "
                    + String.join(" ", table.columns().stream().map(PeriodLit::text).toList())));
        }
        List<String> rows = new ArrayList<>();
        for (Item.TableRow row : table.rows()) {
            rows.add(row.name().text());
            if (row.name().text().equals(tweak.row().text())) {
                Span span = row.cells().get(column).span();
                String text = tweak.cell().span().text();
                String what = "table " + table.name().text() + " row " + row.name().text() + " at " + tweak.column().text();
                return GridRealignment.of(table, row, column, tweak.cell(), what)
                        .orElse(new Tweak.Edit(path(span), span.start(), span.end(), text, what));
            }
        }
        return unknown(tweak.row(), "row of table " + table.name().text(), rows);
    }

    private static int columnIndex(Item.Table table, PeriodLit wanted) {
        for (int i = 0; i < table.columns().size(); i++) {
            PeriodLit column = table.columns().get(i);
            boolean same = column.text().equals(wanted.text()) || column.isValid() && wanted.isValid()
                    && column.period().start() == wanted.period().start();
            if (same) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first declaration of one sort, in load order, that {@code wanted} accepts; null when none
     * does. A loop, not {@link #all}: a tweak of a 10,000-location model looks up one of them.
     */
    private <T extends Item> T first(Class<T> sort, Predicate<T> wanted) {
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (sort.isInstance(item) && wanted.test(sort.cast(item))) {
                    return sort.cast(item);
                }
            }
        }
        return null;
    }

    /** The declarations of one sort in every file, in load order. */
    private <T extends Item> List<T> all(Class<T> sort) {
        List<T> found = new ArrayList<>();
        units.forEach(unit -> found.addAll(unit.itemsOf(sort)));
        return found;
    }

    private static Tweak unknown(Name name, String what, List<String> candidates) {
        return new Tweak.Refused(Diagnostic.error(Code.UNKNOWN_NAME, name.span(), "no " + what + " '" + name.text()
                + "' to change").withHint(NameHints.didYouMean(name.text(), candidates)));
    }

    private static String indentOf(Span span) {
        String line = span.file().lineText(span.line());
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static Path path(Span span) {
        return span.file().path();
    }
}

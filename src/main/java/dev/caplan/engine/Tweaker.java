package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.ItemNames;
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

/**
 * Turns a REPL tweak into one edit of one file: the span of the declaration, capacity line or
 * grid cell it changes, and the text that replaces it. A new declaration is appended to the file
 * that holds most declarations of its kind. Everything else in the files stays byte for byte.
 */
final class Tweaker {
    /** Replace [start, end) of {@code file} by {@code text}; {@code what} says what changes, for the user. */
    record Edit(Path file, int start, int end, String text, String what) {
    }

    private final List<SourceUnit> units;

    Tweaker(List<SourceUnit> units) {
        this.units = units;
    }

    /** The edit, or a diagnostic saying why the tweak has no target. */
    Object edit(ReplInput input, String typed) {
        if (input instanceof ReplInput.Declaration d) {
            return declaration(d.item(), typed.strip());
        }
        if (input instanceof ReplInput.Segment s) {
            return segment(s, typed);
        }
        return cell((ReplInput.Cell) input);
    }

    private Object declaration(Item item, String text) {
        Name name = ItemNames.name(item);
        String kind = ItemNames.kind(item);
        if (name != null) {
            for (SourceUnit unit : units) {
                for (Item existing : unit.items()) {
                    Name other = ItemNames.name(existing);
                    if (other != null && ItemNames.kind(existing).equals(kind) && other.text().equals(name.text())) {
                        Span span = existing.span();
                        return new Edit(path(span), span.start(), span.end(), text, kind + " " + name.text());
                    }
                }
            }
        }
        SourceUnit home = homeOf(kind);
        String existing = home.file().text();
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        return new Edit(home.file().path(), existing.length(), existing.length(), separator + text + "\n",
                "added " + kind + (name == null ? "" : " " + name.text()));
    }

    /** The file a new declaration goes to: the one with most declarations of its kind, else the first. */
    private SourceUnit homeOf(String kind) {
        SourceUnit best = units.get(0);
        long most = 0;
        for (SourceUnit unit : units) {
            long count = unit.items().stream().filter(item -> ItemNames.kind(item).equals(kind)).count();
            if (count > most) {
                best = unit;
                most = count;
            }
        }
        return best;
    }

    private Object segment(ReplInput.Segment tweak, String typed) {
        Item.Location location = location(tweak.location());
        if (location == null) {
            return unknown(tweak.location(), "location", locationNames());
        }
        String text = typed.strip().substring(tweak.location().span().end()).strip();
        LocationEntry target = matching(location, tweak.entry());
        String what = "location " + location.name().text();
        if (target != null) {
            Span span = target.span();
            return new Edit(path(span), span.start(), span.end(), text, what);
        }
        Span last = location.entries().isEmpty() ? null : location.entries().get(location.entries().size() - 1).span();
        if (last == null) {
            int brace = location.span().end() - 1;
            return new Edit(path(location.span()), brace, brace, "  " + text + "\n", what);
        }
        String indent = indentOf(last);
        int lineEnd = last.file().lineStart(last.line()) + last.file().lineText(last.line()).length();
        return new Edit(path(last), lineEnd, lineEnd, "\n" + indent + text, what); // after the line's comment
    }

    /** The entry a tweak replaces: the capacity line with the same start, or else one it overlaps; the same option or note. */
    private static LocationEntry matching(Item.Location location, LocationEntry tweak) {
        LocationEntry overlapping = null;
        for (LocationEntry entry : location.entries()) {
            if (entry instanceof LocationEntry.Capacity existing && tweak instanceof LocationEntry.Capacity wanted) {
                if (Segments.sameStart(existing, wanted)) {
                    return entry;
                }
                if (overlapping == null && Segments.overlap(existing, wanted)) {
                    overlapping = entry;
                }
            } else if (entry instanceof LocationEntry.Option o && tweak instanceof LocationEntry.Option w
                    && o.effectiveName().equals(w.effectiveName())) {
                return entry;
            } else if (entry instanceof LocationEntry.Note && tweak instanceof LocationEntry.Note) {
                return entry;
            }
        }
        return overlapping;
    }

    private Object cell(ReplInput.Cell tweak) {
        Item.Table table = null;
        List<String> tables = new ArrayList<>();
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (item instanceof Item.Table t) {
                    tables.add(t.name().text());
                    table = t.name().text().equals(tweak.table().text()) ? t : table;
                }
            }
        }
        if (table == null) {
            return unknown(tweak.table(), "table", tables);
        }
        int column = columnIndex(table, tweak.column());
        if (column < 0) {
            return Diagnostic.error(Code.UNKNOWN_NAME, tweak.column().span(), "table '" + table.name().text()
                    + "' has no column " + tweak.column().text()).withHint("its columns: " + String.join(" ",
                    table.columns().stream().map(PeriodLit::text).toList()));
        }
        List<String> rows = new ArrayList<>();
        for (Item.TableRow row : table.rows()) {
            rows.add(row.name().text());
            if (row.name().text().equals(tweak.row().text())) {
                Span span = row.cells().get(column).span();
                String text = tweak.cell().span().text();
                return new Edit(path(span), span.start(), span.end(), text, "table " + table.name().text() + " row "
                        + row.name().text() + " at " + tweak.column().text());
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

    private Item.Location location(Name name) {
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (item instanceof Item.Location l && l.name().text().equals(name.text())) {
                    return l;
                }
            }
        }
        return null;
    }

    private List<String> locationNames() {
        List<String> names = new ArrayList<>();
        units.forEach(u -> u.items().forEach(i -> {
            if (i instanceof Item.Location l) {
                names.add(l.name().text());
            }
        }));
        return names;
    }

    private static Diagnostic unknown(Name name, String what, List<String> candidates) {
        return Diagnostic.error(Code.UNKNOWN_NAME, name.span(), "no " + what + " '" + name.text() + "' to change")
                .withHint(NameHints.didYouMean(name.text(), candidates));
    }

    private static String indentOf(Span span) {
        String line = span.file().lineText(span.line());
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static Path path(Span span) {
        return span.file().path();
    }
}

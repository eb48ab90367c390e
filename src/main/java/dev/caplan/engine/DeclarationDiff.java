package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.Printer;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Location;
import dev.caplan.result.PlanDiff.Change;
import dev.caplan.result.PlanDiff.DeclarationChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations two versions of a model differ in, matched by kind and name (a check or
 * reported figure by its label; a declaration without either by its text), and what changed in
 * each in the language's terms: a location's places over time ({@link PlaceChanges}), its options
 * added or removed, a definition's expression, the lines of a block added or removed. Layout and
 * comments are no change: two declarations are the same when they print the same.
 */
final class DeclarationDiff {
    private final CheckedModel before;
    private final CheckedModel after;

    private DeclarationDiff(CheckedModel before, CheckedModel after) {
        this.before = before;
        this.after = after;
    }

    static List<DeclarationChange> between(Loaded before, Loaded after) {
        Map<String, Item> old = index(before.units());
        Map<String, Item> now = index(after.units());
        DeclarationDiff diff = new DeclarationDiff(before.base(), after.base());
        List<DeclarationChange> changes = new ArrayList<>();
        for (Map.Entry<String, Item> entry : now.entrySet()) {
            Item was = old.get(entry.getKey());
            if (was == null) {
                changes.add(whole(entry.getValue(), Change.ADDED));
            } else if (!was.span().text().equals(entry.getValue().span().text())) { // same text: same declaration
                DeclarationChange change = diff.changed(was, entry.getValue());
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        old.forEach((key, item) -> {
            if (!now.containsKey(key)) {
                changes.add(whole(item, Change.REMOVED));
            }
        });
        return changes;
    }

    /** The declarations by kind and name, in file order; one without a name by its printed text. */
    private static Map<String, Item> index(List<SourceUnit> units) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                String key = item.itemKind().word() + " " + item.identifier().map(Name::text).orElseGet(() -> Printer.print(item));
                String unique = key;
                for (int n = 2; items.containsKey(unique); n++) {
                    unique = key + " #" + n;
                }
                items.put(unique, item);
            }
        }
        return items;
    }

    private static DeclarationChange whole(Item item, Change change) {
        String name = item.identifier().map(Name::source).orElse(null);
        String text = Printer.print(item);
        int newline = text.indexOf('\n');
        return new DeclarationChange(item.itemKind().word(), name, change,
                name != null ? List.of() : List.of(newline < 0 ? text : text.substring(0, newline)));
    }

    /** What changed between two declarations of one kind and name; null when they print the same. */
    private DeclarationChange changed(Item was, Item now) {
        String oldText = Printer.print(was);
        String newText = Printer.print(now);
        if (oldText.equals(newText)) {
            return null;
        }
        List<String> details;
        if (now instanceof Item.Location location) {
            details = location((Item.Location) was, location);
        } else if (now instanceof Item.Table table) {
            details = table((Item.Table) was, table, oldText, newText);
        } else if (now instanceof Item.Let let) {
            details = List.of(Printer.print(((Item.Let) was).expr()) + " → " + Printer.print(let.expr()));
        } else {
            details = lines(oldText, newText);
        }
        return new DeclarationChange(now.itemKind().word(), now.identifier().map(Name::source).orElse(null),
                Change.CHANGED, details);
    }

    /** Places over time, options by name, then any other line (a note, a group) added or removed. */
    private List<String> location(Item.Location was, Item.Location now) {
        List<String> details = new ArrayList<>();
        if (!was.area().text().equals(now.area().text())) {
            details.add("in " + was.area().source() + " → in " + now.area().source());
        }
        if (!was.kind().text().equals(now.kind().text())) {
            details.add("kind " + was.kind().source() + " → kind " + now.kind().source());
        }
        List<String> places = PlaceChanges.between(before.locations().get(was.name().text()),
                after.locations().get(now.name().text()));
        details.addAll(places);
        details.addAll(options(was.options(), now.options()));
        List<String> oldLines = entryLines(was, places.isEmpty());
        List<String> newLines = entryLines(now, places.isEmpty());
        details.addAll(lineChanges(oldLines, newLines));
        return details;
    }

    /** Options compared by name: added, removed, or changed (its line before → after). */
    private static List<String> options(List<LocationEntry.Option> was, List<LocationEntry.Option> now) {
        Map<String, String> old = new LinkedHashMap<>();
        was.forEach(option -> old.put(option.effectiveName(), entryText(option)));
        Map<String, String> current = new LinkedHashMap<>();
        now.forEach(option -> current.put(option.effectiveName(), entryText(option)));
        List<String> details = new ArrayList<>();
        current.forEach((name, line) -> {
            String before = old.get(name);
            if (before == null) {
                details.add("option " + name + " added: " + line);
            } else if (!before.equals(line)) {
                details.add("option " + name + ": " + before + " → " + line);
            }
        });
        old.keySet().stream().filter(name -> !current.containsKey(name))
                .forEach(name -> details.add("option " + name + " removed"));
        return details;
    }

    /** The printed lines of a location other than options, and capacity lines only when no places moved. */
    private static List<String> entryLines(Item.Location location, boolean withCapacity) {
        return location.entries().stream()
                .filter(e -> !(e instanceof LocationEntry.Option) && (withCapacity || !(e instanceof LocationEntry.Capacity)))
                .map(DeclarationDiff::entryText).toList();
    }

    /** One line of a location as printed ({@link Printer} prints lines only inside their block). */
    private static String entryText(LocationEntry entry) {
        Name name = new Name("x", false, entry.span());
        String block = Printer.print(new Item.Location(name, name, name, List.of(entry), entry.span()));
        return block.substring(block.indexOf('\n') + 1, block.lastIndexOf('\n')).strip();
    }

    /** A grid: each row's places over time, rows added and removed, then other lines. */
    private List<String> table(Item.Table was, Item.Table now, String oldText, String newText) {
        List<String> details = new ArrayList<>();
        Map<String, Location> old = rows(before, was.name().text());
        Map<String, Location> current = rows(after, now.name().text());
        current.forEach((name, location) -> {
            Location previous = old.get(name);
            if (previous == null) {
                details.add("row " + name + " added");
            } else {
                PlaceChanges.between(previous, location).forEach(change -> details.add("row " + name + ": " + change));
            }
        });
        old.keySet().stream().filter(name -> !current.containsKey(name)).forEach(name -> details.add("row " + name + " removed"));
        if (details.isEmpty()) {
            details.addAll(lines(oldText, newText));
        }
        return details;
    }

    private static Map<String, Location> rows(CheckedModel model, String table) {
        Map<String, Location> rows = new LinkedHashMap<>();
        model.locations().values().stream().filter(l -> table.equals(l.table())).forEach(l -> rows.put(l.name(), l));
        return rows;
    }

    /** A one-line declaration before → after; a block's head before → after and its lines removed and added. */
    private static List<String> lines(String oldText, String newText) {
        List<String> old = List.of(oldText.split("\n"));
        List<String> current = List.of(newText.split("\n"));
        if (old.size() == 1 && current.size() == 1) {
            return List.of(oldText + " → " + newText);
        }
        List<String> details = new ArrayList<>();
        if (!old.get(0).equals(current.get(0))) {
            details.add(old.get(0).replace(" {", "") + " → " + current.get(0).replace(" {", ""));
        }
        details.addAll(lineChanges(body(old), body(current)));
        return details;
    }

    private static List<String> body(List<String> lines) {
        return lines.size() <= 2 ? List.of() : lines.subList(1, lines.size() - 1).stream().map(String::strip).toList();
    }

    /** Lines removed, then lines added, each once for every time it is missing from the other side. */
    private static List<String> lineChanges(List<String> old, List<String> current) {
        List<String> details = new ArrayList<>();
        List<String> remaining = new ArrayList<>(current);
        for (String line : old) {
            if (!remaining.remove(line)) {
                details.add("removed: " + line);
            }
        }
        List<String> left = new ArrayList<>(old);
        for (String line : current) {
            if (!left.remove(line)) {
                details.add("added: " + line);
            }
        }
        return details;
    }
}

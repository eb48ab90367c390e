package dev.caplan.engine;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.SourceUnit;
import dev.caplan.source.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every {@link Name} of parsed files, each told apart as a declaration or a reference. The AST's
 * records are walked by their components rather than by one visitor per family: a name may sit in
 * any of a dozen record families (capacity lines, quota lines, filters, scenario entries), and a
 * family added later is covered without a change here. Declarations are the names of top-level
 * declarations, of areas, kinds and groups, and of grid-table rows (each row is a location); a
 * declaration repeated inside a scenario changes the original, so it counts as a reference.
 */
final class NameOccurrences {
    private final List<Found> found = new ArrayList<>();

    private NameOccurrences() {
    }

    /** The names of {@code units}, in file and source order; references take their declaration's kind. */
    static List<NameOccurrence> of(List<SourceUnit> units) {
        NameOccurrences walker = new NameOccurrences();
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                walker.item(item);
            }
        }
        Map<String, String> kinds = new HashMap<>();
        for (Found f : walker.found) {
            if (f.kind != null) {
                kinds.putIfAbsent(f.name.text(), f.kind);
            }
        }
        List<NameOccurrence> occurrences = new ArrayList<>(walker.found.size());
        for (Found f : walker.found) {
            String kind = f.kind != null ? f.kind : f.function ? "function" : kinds.getOrDefault(f.name.text(), "unknown");
            occurrences.add(new NameOccurrence(f.name.text(), kind, f.name.span(), f.kind != null));
        }
        return occurrences;
    }

    /** A name found; {@code kind} is set for a declaration only. */
    private record Found(Name name, String kind, boolean function) {
    }

    private void item(Item item) {
        if (item instanceof Item.Named named && !(named instanceof Item.Actual)) { // an actual names its quota
            declare(named.name(), kindOf(named));
            components((Record) named, "name");
        } else if (item instanceof Item.Areas areas) {
            String level = areas.level().name().toLowerCase(Locale.ROOT);
            areas.names().forEach(name -> declare(name, "area (" + level + ")"));
            walk(areas.parent(), false);
        } else if (item instanceof Item.Kinds kinds) {
            kinds.definitions().forEach(d -> declare(d.name(), kinds.targetGroups() ? "group" : "kind"));
        } else {
            components((Record) item, null);
        }
    }

    /** The declaration's keyword (location, let, quota, ...), from the one list of kinds. */
    private static String kindOf(Item.Named named) {
        return named.itemKind().word();
    }

    private void declare(Name name, String kind) {
        if (name != null && name.span() != null) {
            found.add(new Found(name, kind, false));
        }
    }

    /** The components of a record, but the one named {@code skip} (a declaration's own name, taken already). */
    private void components(Record node, String skip) {
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            if (component.getName().equals(skip)) {
                continue;
            }
            Object value = read(component, node);
            if (node instanceof Item.TableRow && component.getName().equals("name") && value instanceof Name name) {
                declare(name, "location");
            } else {
                walk(value, node instanceof Expr.Call && component.getName().equals("function"));
            }
        }
    }

    private void walk(Object value, boolean function) {
        if (value instanceof Name name) {
            if (name.span() != null) {
                found.add(new Found(name, null, function));
            }
        } else if (value instanceof Record node && !(value instanceof Span)) {
            components(node, null);
        } else if (value instanceof List<?> list) {
            list.forEach(element -> walk(element, false));
        }
    }

    private static Object read(RecordComponent component, Record node) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + node.getClass(), e);
        }
    }
}

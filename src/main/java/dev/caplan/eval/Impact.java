package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a change touches. Compares the model before and after an edit: which locations hold other
 * places now, which definitions read differently, and from those, which definitions must be
 * computed again (those that count a changed location or use a changed definition, directly or
 * through others). Everything else keeps its remembered value.
 */
public final class Impact {
    private final Set<String> recomputed;
    private final int definitions;

    private Impact(Set<String> recomputed, int definitions) {
        this.recomputed = recomputed;
        this.definitions = definitions;
    }

    /**
     * Prepares {@code after} to reuse what {@code before} computed that the change cannot have
     * touched. {@code quotasChanged} says that quotas, keys, actuals or areas changed: then every
     * definition that reads a quota is recomputed too. {@code sameReading} says that the model is
     * read the same way as before (no other scenario): then a location declared at the same place
     * of the same, unedited file is unchanged without comparing its lines, and {@code candidates}
     * (the locations declared in the files parsed again; null: all) are the only ones compared.
     */
    public static Impact carryOver(Evaluator before, Evaluator after, boolean quotasChanged, boolean sameReading,
                                   Set<String> candidates) {
        Set<String> changedLocations = changedLocations(before.model().locations(), after.model().locations(),
                sameReading, sameReading ? candidates : null);
        Map<String, Item.Let> oldLets = before.model().lets();
        Set<String> direct = new LinkedHashSet<>();
        for (Item.Let let : after.model().lets().values()) {
            String name = let.name().text();
            Item.Let old = oldLets.get(name);
            boolean rewritten = old == null || !old.expr().span().text().equals(let.expr().span().text());
            boolean counts = counts(after, let.expr(), changedLocations) || old != null && counts(before, old.expr(), changedLocations);
            if (rewritten || counts || quotasChanged && readsQuota(let.expr())) {
                direct.add(name);
            }
        }
        Set<String> recomputed = new LinkedHashSet<>(direct);
        for (String name : direct) {
            recomputed.addAll(dev.caplan.check.Checker.dependents(after.model(), name));
        }
        if (sameReading && !quotasChanged) {
            after.reuseSums(before, changedLocations); // before adopt: it needs the old locations' series
        }
        after.adopt(before, recomputed, changedLocations);
        return new Impact(recomputed, after.model().lets().size());
    }

    /** The definitions computed again. */
    public Set<String> recomputed() {
        return recomputed;
    }

    public int definitions() {
        return definitions;
    }

    private static Set<String> changedLocations(Map<String, Location> before, Map<String, Location> after,
                                                boolean sameReading, Set<String> candidates) {
        Set<String> changed = new LinkedHashSet<>();
        for (String name : candidates != null ? candidates : after.keySet()) {
            Location b = after.get(name);
            Location a = before.get(name);
            boolean same = a == b || a != null && b != null
                    && (sameReading && sameDeclaration(a, b) || content(a).equals(content(b)));
            if (!same) {
                changed.add(name);
            }
        }
        if (candidates == null) {
            for (String name : before.keySet()) {
                if (!after.containsKey(name)) {
                    changed.add(name);
                }
            }
        }
        return changed;
    }

    /** The same declaration text at the same place or moved within its file: read the same way, nothing differs. */
    private static boolean sameDeclaration(Location a, Location b) {
        boolean samePlace = a.span().file() == b.span().file() && a.span().start() == b.span().start();
        return samePlace || a.span().text().equals(b.span().text())
                && a.municipality().name().equals(b.municipality().name());
    }

    /** A location without its source positions, which move when an earlier line of the file is edited. */
    private static List<Object> content(Location location) {
        List<Object> parts = new ArrayList<>(List.of(location.municipality().name(), location.kind().name(),
                Objects.toString(location.table()), location.groups()));  // notes change no value
        for (Segment s : location.segments()) {
            parts.add(List.of(s.from(), s.until(), s.places().stripTrailingZeros(), s.tentative(),
                    Objects.toString(s.low()), Objects.toString(s.high())));
        }
        return parts;
    }

    /**
     * Whether the expression itself (not through definitions) counts any of the locations: the
     * changed locations are tried against its filters, rather than selecting among all of them.
     */
    private static boolean counts(Evaluator evaluator, Expr expr, Set<String> locations) {
        if (locations.isEmpty()) {
            return false;
        }
        for (Expr.Capacity capacity : Nodes.capacities(expr)) {
            for (String name : locations) {
                Location location = evaluator.model().locations().get(name);
                if (location != null && evaluator.selects(capacity, location)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean readsQuota(Expr expr) {
        return Nodes.readsQuota(expr);
    }

}

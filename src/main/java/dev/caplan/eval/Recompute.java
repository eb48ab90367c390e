package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.UnitChanges;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Checker;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.result.ValueChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Incremental recompute, in one place: after an edit, which locations hold other places, which
 * definitions must be computed again (those that count a changed location or use a changed
 * definition, directly or through others, and those that read a quota when quotas changed), and
 * an evaluator for the new model that takes over everything else the old one remembered. Also
 * what the edit moved, before → after, for the REPL to show.
 */
public final class Recompute {

    private Recompute() {
    }

    /** The evaluator after an edit, and what it moved. */
    public record Recomputed(Evaluator evaluator, Set<String> recomputed, int definitions, List<ValueChange> moved) {
    }

    /** Evaluates {@code model} after {@code changes}, reusing what {@code before} computed that they cannot touch. */
    public static Recomputed after(Evaluator before, CheckedModel model, UnitChanges changes) {
        Snapshot old = Snapshot.of(before); // read while the old evaluator still holds its values
        Evaluator after = new Evaluator(model);
        boolean sameReading = Objects.equals(before.model().scenario(), model.scenario());
        boolean sharedChanged = changes.sharedDeclarationsChanged();
        Set<String> changedLocations = changedLocations(before.model().locations(), model.locations(), sameReading,
                sameReading ? changes.touchedLocations().orElse(null) : null);
        Set<String> recomputed = recomputed(before, after, changedLocations, sharedChanged);
        if (sameReading && !sharedChanged) {
            after.reuseSums(before, changedLocations); // before adopt: it needs the old locations' series
        }
        after.adopt(before, recomputed, changedLocations);
        return new Recomputed(after, recomputed, model.lets().size(), old.movedIn(after));
    }

    /** The definitions to compute again: those an edit touches directly, and everything that uses them. */
    private static Set<String> recomputed(Evaluator before, Evaluator after, Set<String> changedLocations,
                                          boolean quotasChanged) {
        Map<String, Item.Let> oldLets = before.model().lets();
        Set<String> direct = new LinkedHashSet<>();
        for (Item.Let let : after.model().lets().values()) {
            String name = let.name().text();
            Item.Let old = oldLets.get(name);
            boolean rewritten = old == null || !old.expr().span().text().equals(let.expr().span().text());
            boolean counts = counts(after, let.expr(), changedLocations)
                    || old != null && counts(before, old.expr(), changedLocations);
            if (rewritten || counts || quotasChanged && Nodes.readsQuota(let.expr())) {
                direct.add(name);
            }
        }
        Set<String> recomputed = new LinkedHashSet<>(direct);
        for (String name : direct) {
            recomputed.addAll(Checker.dependents(after.model(), name));
        }
        return recomputed;
    }

    /**
     * The locations whose places differ. When the model is read the same way as before, a location
     * declared at the same place of an unedited file is unchanged without comparing its lines, and
     * only {@code candidates} (the locations of the files parsed again; null: all) are compared.
     */
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
                && a.area().name().equals(b.area().name());
    }

    /** A location without its source positions, which move when an earlier line of the file is edited. */
    private static List<Object> content(Location location) {
        List<Object> parts = new ArrayList<>(List.of(location.area().name(), location.kind().name(),
                Objects.toString(location.table()), location.groups()));  // notes change no value
        for (Segment s : location.segments()) {
            parts.add(List.of(s.from(), s.until(), Objects.toString(s.unknown() ? null : s.places().stripTrailingZeros()),
                    s.tentative(),
                    Objects.toString(s.low()), Objects.toString(s.high()), s.kind().name()));
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
}

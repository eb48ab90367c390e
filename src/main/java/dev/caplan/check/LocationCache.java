package dev.caplan.check;

import dev.caplan.ast.UnitChanges;
import dev.caplan.source.Span;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The checked locations of an earlier load that a new load can take as they are. A location block
 * or grid row whose syntax node is the very same object as before was not edited (its file was not
 * parsed again), so its checked location still holds, provided nothing it is resolved against
 * changed: the areas, kinds and target groups, and the way the model is read (no scenario).
 * Keyed by the declaration's span object, because equal-looking declarations in different places
 * are different declarations.
 */
public final class LocationCache {
    /** Nothing to reuse: every location is checked. */
    public static final LocationCache NONE = new LocationCache(Map.of());

    private final Map<Span, Location> byDeclaration;

    private LocationCache(Map<Span, Location> byDeclaration) {
        this.byDeclaration = byDeclaration;
    }

    /**
     * What a load after {@code changes} may reuse of {@code previous} (the base model of the last
     * good load; null when there is none).
     */
    public static LocationCache reusable(CheckedModel previous, UnitChanges changes) {
        if (previous == null || previous.scenario() != null || changes.sharedDeclarationsChanged()) {
            return NONE;
        }
        Map<Span, Location> locations = new IdentityHashMap<>();
        previous.locations().values().forEach(location -> locations.put(location.span(), location));
        return new LocationCache(locations);
    }

    /** The checked location of an unedited declaration, or null. */
    Location get(Span declaration) {
        return byDeclaration.get(declaration);
    }
}

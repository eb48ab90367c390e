package dev.caplan.eval;

import dev.caplan.check.Category;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * What a capacity selection counts of one location: all its places, or, for a location whose kind
 * changes (NO beds that become GOO places), only its places of the kinds the selection asks for.
 * {@code kinds} are the kinds counted, a part of the location's own.
 */
record Counted(Location location, List<Category> kinds) {

    static Counted whole(Location location) {
        return new Counted(location, location.kinds());
    }

    /** Whether every place of the location counts: its series is the location's own. */
    boolean isWhole() {
        return kinds.size() == location.kinds().size();
    }

    /** Whether the places of a segment count. */
    boolean counts(Segment segment) {
        return isWhole() || kinds.stream().anyMatch(kind -> kind.name().equals(segment.kind().name()));
    }

    /** The segments whose places count, in order. */
    List<Segment> segments() {
        if (isWhole()) {
            return location.segments();
        }
        List<Segment> counted = new ArrayList<>();
        for (Segment segment : location.segments()) {
            if (counts(segment)) {
                counted.add(segment);
            }
        }
        return counted;
    }
}

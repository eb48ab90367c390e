package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A location with everything resolved: its municipality, kind, the grid table it came from (null
 * for a {@code location} block), its non-overlapping capacity segments sorted by start, places
 * per target group, notes. {@code order} is declaration order, which reports follow.
 */
public record Location(String name, Area municipality, Category kind, String table, List<Segment> segments,
                       Map<String, BigDecimal> groups, List<String> notes, int order, Span span) {
    public Location {
        segments = List.copyOf(segments);
        groups = Map.copyOf(groups);
        notes = List.copyOf(notes);
    }

    /** The same location at another place in declaration order. */
    public Location withOrder(int newOrder) {
        return newOrder == order ? this : new Location(name, municipality, kind, table, segments, groups, notes,
                newOrder, span);
    }
}

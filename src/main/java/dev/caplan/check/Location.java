package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A location with everything resolved: the area it lies in (of any level: a municipality, or a
 * province, region or the country for a figure kept at that level), its kind, the grid table it
 * came from (null for a {@code location} block), its non-overlapping capacity segments sorted by
 * start, places per target group, notes. {@code order} is declaration order, which reports follow.
 * {@code kind} is the kind its declaration names; {@code kinds} are the kinds its places have, in
 * the kinds' declaration order: that one kind for nearly every location (also for one without
 * places), more when capacity lines name their own kind (NO beds that become GOO places).
 */
public record Location(String name, Area area, Category kind, String table, List<Segment> segments,
                       Map<String, BigDecimal> groups, List<String> notes, int order, Span span, List<Category> kinds) {
    public Location {
        segments = List.copyOf(segments);
        groups = Map.copyOf(groups);
        notes = List.copyOf(notes);
        kinds = List.copyOf(kinds);
    }

    public Location(String name, Area area, Category kind, String table, List<Segment> segments,
                    Map<String, BigDecimal> groups, List<String> notes, int order, Span span) {
        this(name, area, kind, table, segments, groups, notes, order, span, kindsOf(kind, segments));
    }

    /** The same location at another place in declaration order. */
    public Location withOrder(int newOrder) {
        return newOrder == order ? this : new Location(name, area, kind, table, segments, groups, notes,
                newOrder, span, kinds);
    }

    /** Whether all its places are of one kind: then a selection takes the location whole or not at all. */
    public boolean oneKind() {
        return kinds.size() == 1;
    }

    /** The segments whose places are of the kind {@code wanted}. */
    public List<Segment> segmentsOf(String wanted) {
        List<Segment> of = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.kind().name().equals(wanted)) {
                of.add(segment);
            }
        }
        return of;
    }

    /**
     * Whether {@code kinds} holds {@code kind}. The segments of a location name the kinds declared
     * once, so the same object is the usual answer: a record's equals is asked only when it is
     * not (its first call builds method handles, ~10 ms of a short command's start-up).
     */
    private static boolean containsKind(List<Category> kinds, Category kind) {
        for (Category known : kinds) {
            if (known == kind || known.equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static List<Category> kindsOf(Category kind, List<Segment> segments) {
        List<Category> kinds = new ArrayList<>(1);
        for (Segment segment : segments) {
            if (!containsKind(kinds, segment.kind())) {
                kinds.add(segment.kind());
            }
        }
        if (kinds.isEmpty()) {
            kinds.add(kind);
        }
        kinds.sort(Comparator.comparingInt(Category::order));
        return kinds;
    }
}

package dev.caplan.check;

import dev.caplan.ast.LocationEntry;
import dev.caplan.time.Days;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exercises a contract option on a location's segments. {@code extend until D}: the places that
 * end last (firm ones first) run on until D, replacing tentative places in between, which the
 * exercised option makes certain. {@code expand to N [from F] [until U]}: the capacity is N on
 * [F, U), by default from the start of the last segment for as long as the last segment runs.
 * Both keep the kind of the places they continue: for a location whose kind changes, an extension
 * of its last NO line gives NO places, not places of the location's head kind.
 */
final class OptionApplier {

    private OptionApplier() {
    }

    static List<Segment> apply(List<Segment> segments, LocationEntry.Option option) {
        if (segments.isEmpty()) {
            return segments;
        }
        return option.extend() ? extend(segments, option) : expand(segments, option);
    }

    private static List<Segment> extend(List<Segment> segments, LocationEntry.Option option) {
        int until = option.until().period().start();
        Segment last = segments.stream().filter(s -> !s.tentative()).max(Comparator.comparingInt(Segment::until))
                .orElse(segments.stream().max(Comparator.comparingInt(Segment::until)).orElseThrow());
        if (last.until() >= until) {
            return segments;
        }
        List<Segment> result = new ArrayList<>();
        for (Segment s : segments) {
            boolean laterTentative = s.tentative() && s.from() >= last.until() && s.from() < until;
            if (!laterTentative) {
                result.add(s);
                continue;
            }
            // exercising the option makes the tentative places certain, with their own number
            int end = Math.min(s.until(), until);
            result.add(s.firm(end));
            if (s.until() > until) {
                result.add(s.during(until, s.until()));
            }
        }
        fillGaps(result, last, until, option);
        return result;
    }

    /** Days in [last.until, until) no segment covers get the last firm places. */
    private static void fillGaps(List<Segment> segments, Segment last, int until, LocationEntry.Option option) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(Segment::from));
        int day = last.until();
        for (Segment s : sorted) {
            if (s.until() <= day || s.from() >= until) {
                continue;
            }
            if (s.from() > day) {
                segments.add(last.copied(day, s.from(), option.span()));
            }
            day = Math.max(day, s.until());
        }
        if (day < until) {
            segments.add(last.copied(day, until, option.span()));
        }
    }

    private static List<Segment> expand(List<Segment> segments, LocationEntry.Option option) {
        Segment last = segments.stream().max(Comparator.comparingInt(Segment::from)).orElseThrow();
        int from = option.from() != null ? option.from().period().start() : last.from();
        int until = option.until() != null ? option.until().period().start() : last.until();
        Category kind = kindOn(segments, from);
        List<Segment> result = cut(segments, from, until);
        result.add(new Segment(from, until, option.places().value(), option.places().tentative(), option.places().low(),
                option.places().high(), kind, option.span()));
        return result;
    }

    /**
     * The kind of the places an expansion gives from {@code day}: of the line it replaces on that day,
     * or else of the last line before that day, or else of the first line after it.
     */
    private static Category kindOn(List<Segment> segments, int day) {
        Segment before = null;
        Segment after = null;
        for (Segment s : segments) {
            if (s.from() <= day && day < s.until()) {
                return s.kind();
            }
            if (s.from() <= day && (before == null || s.from() > before.from())) {
                before = s;
            } else if (s.from() > day && (after == null || s.from() < after.from())) {
                after = s;
            }
        }
        return before != null ? before.kind() : after.kind();
    }

    /** The segments with [from, until) cut out of them; segments that straddle it keep their outer parts. */
    private static List<Segment> cut(List<Segment> segments, int from, int until) {
        List<Segment> result = new ArrayList<>();
        for (Segment s : segments) {
            if (s.until() <= from || s.from() >= until) {
                result.add(s);
                continue;
            }
            if (s.from() < from) {
                result.add(s.during(s.from(), from));
            }
            if (s.until() > until && until != Days.END) {
                result.add(s.during(until, s.until()));
            }
        }
        return result;
    }
}

package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.time.Days;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers "which contracts end before the quota date?" for a failing check: the capacity segments
 * of the locations the check counts that end in the year up to the failing day.
 */
final class ContractEnds {
    private static final int WINDOW_DAYS = 366;
    private static final int MAX_LISTED = 6;

    private final Evaluator evaluator;

    ContractEnds(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** A hint listing the places that end shortly before {@code day}, or null when there are none. */
    String hint(Expr condition, int day) {
        List<String> ends = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Expr.Capacity capacity : Nodes.capacitiesThrough(condition, evaluator.model().lets())) {
            for (Location location : evaluator.select(capacity)) {
                for (Segment segment : location.segments()) {
                    boolean endsInWindow = segment.until() != Days.END && segment.until() <= day
                            && segment.until() > day - WINDOW_DAYS && !continues(location, segment);
                    String text = location.name() + " " + segment.places().toPlainString() + (segment.tentative() ? "?" : "")
                            + " until " + Days.format(segment.until());
                    if (endsInWindow && !seen.contains(text)) {
                        seen.add(text);
                        ends.add(text);
                    }
                }
            }
        }
        if (ends.isEmpty()) {
            return null;
        }
        List<String> listed = ends.subList(0, Math.min(ends.size(), MAX_LISTED));
        return "places that end in the year before " + Days.format(day) + ": " + String.join(", ", listed)
                + (ends.size() > MAX_LISTED ? ", ..." : "");
    }

    /** Whether another segment of the location starts the day this one ends (an extension, say). */
    private static boolean continues(Location location, Segment segment) {
        return location.segments().stream().anyMatch(other -> other.from() == segment.until());
    }
}

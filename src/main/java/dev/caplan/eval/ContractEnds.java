package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.result.Finding;
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

    /** The places that end before a failing day: the first few, and whether there are more. */
    record Ends(List<Finding.ContractEnd> listed, boolean more) {
    }

    /** The places counted by {@code condition} that end in the year before {@code day}, without a successor. */
    Ends before(Expr condition, int day) {
        List<Finding.ContractEnd> ends = new ArrayList<>();
        for (Expr.Capacity capacity : Nodes.capacitiesThrough(condition, evaluator.model().lets())) {
            for (Counted counted : evaluator.select(capacity)) {
                Location location = counted.location();
                for (Segment segment : counted.segments()) {
                    boolean endsInWindow = segment.until() != Days.END && segment.until() <= day
                            && segment.until() > day - WINDOW_DAYS && !continues(counted, segment);
                    Finding.ContractEnd end = new Finding.ContractEnd(location.name(), segment.places(),
                            segment.tentative(), Days.format(segment.until()));
                    if (endsInWindow && !ends.contains(end)) {
                        ends.add(end);
                    }
                }
            }
        }
        return new Ends(ends.subList(0, Math.min(ends.size(), MAX_LISTED)), ends.size() > MAX_LISTED);
    }

    /**
     * Whether another counted segment of the location starts the day this one ends (an extension,
     * say); places that go on as another kind than the check counts do not go on for it.
     */
    private static boolean continues(Counted counted, Segment segment) {
        return counted.segments().stream().anyMatch(other -> other.from() == segment.until());
    }
}

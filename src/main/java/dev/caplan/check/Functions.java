package dev.caplan.check;

import dev.caplan.series.Aggregation;
import java.util.List;
import java.util.Map;

/**
 * The built-in functions. Pointwise ones work day by day; aggregations summarise a series over
 * a period ({@code average(x over 2023-H1)}). Names are not keywords, so {@code min} can be both.
 */
public final class Functions {
    public static final List<String> POINTWISE = List.of("min", "max", "abs", "round");
    /** Functions of a quota reference: what was realised, and a flow quota's backlog ledger. */
    public static final List<String> OF_QUOTA = List.of("actual", "due", "backlog", "carried", "ledger");
    /** A flow's running total, a level. */
    public static final String CUMULATIVE = "cumulative";
    /** The amount of a flow over a period. */
    public static final String SUM = "sum";
    public static final Map<String, Aggregation> AGGREGATIONS = Map.of(
            "average", Aggregation.AVERAGE, "min", Aggregation.MIN, "max", Aggregation.MAX,
            "start", Aggregation.START, "end", Aggregation.END);

    private Functions() {
    }

    static List<String> allNames() {
        return List.of("abs", "actual", "average", "backlog", "carried", "cumulative", "due", "end", "ledger", "max",
                "min", "round", "start", "sum");
    }
}

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
    public static final Map<String, Aggregation> AGGREGATIONS = Map.of(
            "average", Aggregation.AVERAGE, "min", Aggregation.MIN, "max", Aggregation.MAX,
            "start", Aggregation.START, "end", Aggregation.END);

    private Functions() {
    }

    static List<String> allNames() {
        return List.of("abs", "average", "end", "max", "min", "round", "start");
    }
}

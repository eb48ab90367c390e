package dev.caplan.check;

import dev.caplan.time.PeriodKind;
import java.util.Locale;

/**
 * The static type of an expression: its dimension, whether it is grouped ({@code ... by kind}),
 * and for a flow the period its amounts are per. Dimensions keep apart what must not be mixed:
 * places on a day (a level), an amount per period (a flow) and plain numbers.
 */
public record ValueType(Dimension dimension, boolean grouped, PeriodKind per) {
    public static final ValueType NUMBER = new ValueType(Dimension.NUMBER, false, null);
    public static final ValueType LEVEL = new ValueType(Dimension.LEVEL, false, null);
    public static final ValueType TRUTH = new ValueType(Dimension.TRUTH, false, null);

    public enum Dimension { NUMBER, LEVEL, FLOW, TRUTH }

    public static ValueType flow(PeriodKind per) {
        return new ValueType(Dimension.FLOW, false, per);
    }

    public ValueType asGrouped() {
        return new ValueType(dimension, true, per);
    }

    public boolean isFlow() {
        return dimension == Dimension.FLOW;
    }

    /** How the type reads in a message: "a level", "a flow per half-year", ... */
    public String describe() {
        return switch (dimension) {
            case NUMBER -> "a number";
            case LEVEL -> "a level (places on a day)";
            case FLOW -> "a flow per " + per.name().toLowerCase(Locale.ROOT).replace('_', '-');
            case TRUTH -> "a condition";
        };
    }
}

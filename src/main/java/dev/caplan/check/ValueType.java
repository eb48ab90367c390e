package dev.caplan.check;

/**
 * The static type of an expression: its dimension and whether it is grouped ({@code ... by kind}).
 * Dimensions keep apart what must not be mixed: places on a day (a level) and plain numbers.
 */
public record ValueType(Dimension dimension, boolean grouped) {
    public static final ValueType NUMBER = new ValueType(Dimension.NUMBER, false);
    public static final ValueType LEVEL = new ValueType(Dimension.LEVEL, false);
    public static final ValueType TRUTH = new ValueType(Dimension.TRUTH, false);

    public enum Dimension { NUMBER, LEVEL, TRUTH }

    public ValueType asGrouped() {
        return new ValueType(dimension, true);
    }
}

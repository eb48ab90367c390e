package dev.caplan.series;

/** The comparison operators of the plan language, evaluated day by day by {@link StepSeries#compare}. */
public enum Comparison {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as usually written, for messages. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator holds given the sign of a {@code compareTo}-style result. */
    public boolean holds(int comparisonResult) {
        return switch (this) {
            case LT -> comparisonResult < 0;
            case LE -> comparisonResult <= 0;
            case GT -> comparisonResult > 0;
            case GE -> comparisonResult >= 0;
            case EQ -> comparisonResult == 0;
            case NE -> comparisonResult != 0;
        };
    }
}

package dev.caplan.ast;

/** Binary operators with their source symbols; comparisons give 1/0 series. */
public enum BinaryOp {
    MULTIPLY("*", 3), DIVIDE("/", 3), ADD("+", 2), SUBTRACT("-", 2),
    LESS("<", 1), LESS_OR_EQUAL("<=", 1), GREATER(">", 1), GREATER_OR_EQUAL(">=", 1), EQUAL("=", 1), NOT_EQUAL("!=", 1);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    /** Higher binds tighter; the printer uses it to place parentheses. */
    public int precedence() {
        return precedence;
    }

    public boolean isComparison() {
        return precedence == 1;
    }

    public static BinaryOp ofSymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("no operator " + symbol);
    }
}

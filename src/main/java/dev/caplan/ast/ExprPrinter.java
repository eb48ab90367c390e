package dev.caplan.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The expression half of {@link Printer}. The AST keeps no parentheses, so every node reports
 * how tightly it binds and a parent wraps a child only where the grammar would otherwise group
 * the text differently; the result therefore parses back to the same tree.
 */
final class ExprPrinter implements Expr.Visitor<ExprPrinter.Printed> {

    /** {@code expr at P}: the loosest operator of the grammar. */
    private static final int AT = 0;
    /** {@code expr by kind}. Binary operators rank above it by {@link BinaryOp#precedence()}. */
    private static final int GROUP_BY = 1;
    /** Prefix minus: tighter than every binary operator. */
    private static final int NEGATE = GROUP_BY + BinaryOp.MULTIPLY.precedence() + 1;
    /** Literals, {@code capacity[...]}, names and calls: never need parentheses. */
    private static final int ATOM = NEGATE + 1;

    private static final ExprPrinter INSTANCE = new ExprPrinter();

    private ExprPrinter() {
    }

    /** Printed text with the precedence of its outermost operator, so that a parent can decide on parentheses. */
    record Printed(String text, int precedence) {

        /** The text, in parentheses when it binds looser than the position it goes into requires. */
        String atLeast(int required) {
            return precedence < required ? "(" + text + ")" : text;
        }
    }

    static String print(Expr expr) {
        return expr.accept(INSTANCE).text();
    }

    /** An operand in a position that accepts anything binding at least as tightly as {@code required}. */
    private String operand(Expr expr, int required) {
        return expr.accept(this).atLeast(required);
    }

    @Override
    public Printed visitNumber(Expr.Number expr) {
        return new Printed(Printer.quantity(expr.value()), ATOM);
    }

    @Override
    public Printed visitCapacity(Expr.Capacity expr) {
        if (expr.filters().isEmpty()) {
            return new Printed("capacity", ATOM);
        }
        List<String> filters = expr.filters().stream().map(ExprPrinter::filter).toList();
        return new Printed("capacity[" + String.join(", ", filters) + "]", ATOM);
    }

    @Override
    public Printed visitQuota(Expr.QuotaRef expr) {
        return new Printed(expr.quota().source() + "[" + expr.area().source() + "]", ATOM);
    }

    @Override
    public Printed visitReference(Expr.Reference expr) {
        return new Printed(expr.name().source(), ATOM);
    }

    /** The function name is an identifier by the grammar, so it is never quoted. */
    @Override
    public Printed visitCall(Expr.Call expr) {
        List<String> args = new ArrayList<>();
        for (Expr arg : expr.args()) {
            args.add(operand(arg, AT));
        }
        if (expr.over() != null) {
            args.set(0, args.get(0) + " over " + Printer.columnSpec(expr.over()));
        }
        return new Printed(expr.function().text() + "(" + String.join(", ", args) + ")", ATOM);
    }

    @Override
    public Printed visitNegate(Expr.Negate expr) {
        return new Printed("-" + operand(expr.operand(), NEGATE), NEGATE);
    }

    /** Left-associative: a right operand of the same precedence needs parentheses, a left one does not. */
    @Override
    public Printed visitBinary(Expr.Binary expr) {
        int precedence = GROUP_BY + expr.op().precedence();
        String text = operand(expr.left(), precedence) + " " + expr.op().symbol() + " "
                + operand(expr.right(), precedence + 1);
        return new Printed(text, precedence);
    }

    @Override
    public Printed visitGroupBy(Expr.GroupBy expr) {
        return new Printed(operand(expr.operand(), GROUP_BY) + " by " + expr.key().keyword(), GROUP_BY);
    }

    @Override
    public Printed visitAt(Expr.At expr) {
        return new Printed(operand(expr.operand(), AT) + " at " + expr.when().text(), AT);
    }

    private static String filter(Filter filter) {
        return filter.accept(FilterPrinter.INSTANCE);
    }

    /** One filter of {@code capacity[...]}. */
    private static final class FilterPrinter implements Filter.Visitor<String> {
        static final FilterPrinter INSTANCE = new FilterPrinter();

        @Override
        public String visitBare(Filter.Bare bare) {
            return bare.name().source();
        }

        @Override
        public String visitAttribute(Filter.Attribute attribute) {
            String keyword = attribute.attribute().keyword();
            List<String> values = attribute.values().stream().map(Name::source).toList();
            if (attribute.list()) {
                return keyword + (attribute.negated() ? " not in (" : " in (") + String.join(", ", values) + ")";
            }
            return keyword + (attribute.negated() ? " != " : " = ") + values.get(0);
        }
    }
}

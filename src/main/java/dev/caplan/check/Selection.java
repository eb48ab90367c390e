package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code by} can group that an expression stands for, directly or through definitions
 * ({@code azc} where {@code let azc = capacity[...]}): a capacity selection, a quota of an area, or
 * the actual of one. A visitor of every kind of expression, so a new kind has to say whether it
 * can be grouped.
 */
public final class Selection implements Expr.Visitor<Optional<Grouping>> {
    /** Deeper chains of definitions than this are not followed (a cycle is reported elsewhere). */
    private static final int MAX_DEPTH = 100;

    private final Map<String, Item.Let> lets;
    private int depth;

    private Selection(Map<String, Item.Let> lets) {
        this.lets = lets;
    }

    /** What {@code expr} groups, or empty when it cannot be grouped. */
    public static Optional<Grouping> of(Expr expr, Map<String, Item.Let> lets) {
        return expr.accept(new Selection(lets));
    }

    @Override
    public Optional<Grouping> visitCapacity(Expr.Capacity expr) {
        return Optional.of(new Grouping.Places(expr));
    }

    @Override
    public Optional<Grouping> visitReference(Expr.Reference expr) {
        Item.Let let = lets.get(expr.name().text());
        if (let == null || ++depth > MAX_DEPTH) {
            return Optional.empty();
        }
        return let.expr().accept(this);
    }

    @Override
    public Optional<Grouping> visitNumber(Expr.Number expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Grouping> visitQuota(Expr.QuotaRef expr) {
        return Optional.of(new Grouping.AreaParts(expr, false));
    }

    /** {@code actual(q[AREA])}; the other functions of a quota (due, backlog, ...) are not grouped. */
    @Override
    public Optional<Grouping> visitCall(Expr.Call expr) {
        boolean actual = Builtin.of(expr.function().text(), expr.over() != null).orElse(null) == Builtin.ACTUAL;
        if (actual && expr.args().size() == 1 && expr.args().get(0) instanceof Expr.QuotaRef quota) {
            return Optional.of(new Grouping.AreaParts(quota, true));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Grouping> visitNegate(Expr.Negate expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Grouping> visitBinary(Expr.Binary expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Grouping> visitGroupBy(Expr.GroupBy expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Grouping> visitAt(Expr.At expr) {
        return Optional.empty();
    }
}

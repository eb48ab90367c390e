package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import java.util.Map;
import java.util.Optional;

/**
 * The capacity selection an expression stands for, directly ({@code capacity[...]}) or through
 * definitions ({@code azc} where {@code let azc = capacity[...]}): what {@code by} can group. A
 * visitor of every kind of expression, so a new kind has to say whether it is a selection.
 */
public final class Selection implements Expr.Visitor<Optional<Expr.Capacity>> {
    /** Deeper chains of definitions than this are not followed (a cycle is reported elsewhere). */
    private static final int MAX_DEPTH = 100;

    private final Map<String, Item.Let> lets;
    private int depth;

    private Selection(Map<String, Item.Let> lets) {
        this.lets = lets;
    }

    /** The selection {@code expr} is, or empty when it is something else. */
    public static Optional<Expr.Capacity> of(Expr expr, Map<String, Item.Let> lets) {
        return expr.accept(new Selection(lets));
    }

    @Override
    public Optional<Expr.Capacity> visitCapacity(Expr.Capacity expr) {
        return Optional.of(expr);
    }

    @Override
    public Optional<Expr.Capacity> visitReference(Expr.Reference expr) {
        Item.Let let = lets.get(expr.name().text());
        if (let == null || ++depth > MAX_DEPTH) {
            return Optional.empty();
        }
        return let.expr().accept(this);
    }

    @Override
    public Optional<Expr.Capacity> visitNumber(Expr.Number expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Expr.Capacity> visitQuota(Expr.QuotaRef expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Expr.Capacity> visitCall(Expr.Call expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Expr.Capacity> visitNegate(Expr.Negate expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Expr.Capacity> visitBinary(Expr.Binary expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Expr.Capacity> visitGroupBy(Expr.GroupBy expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Expr.Capacity> visitAt(Expr.At expr) {
        return Optional.empty();
    }
}

package dev.caplan.eval;

import dev.caplan.ast.Expr;
import java.util.Optional;

/**
 * The comparison a check's condition makes and the day its two sides are read on: {@code a >= b}
 * on the failing day, or for {@code (a >= b) at D} on D. A visitor of every kind of expression, so a
 * new kind has to say whether it compares.
 */
final class ComparedSides implements Expr.Visitor<Optional<ComparedSides.Sides>> {

    /** A comparison and the day to read its sides on. */
    record Sides(Expr.Binary comparison, int day) {
    }

    private final int day;

    private ComparedSides(int day) {
        this.day = day;
    }

    static Optional<Sides> of(Expr condition, int day) {
        return condition.accept(new ComparedSides(day));
    }

    @Override
    public Optional<Sides> visitBinary(Expr.Binary expr) {
        return expr.op().isComparison() ? Optional.of(new Sides(expr, day)) : Optional.empty();
    }

    @Override
    public Optional<Sides> visitAt(Expr.At expr) {
        return expr.when().isValid() ? expr.operand().accept(new ComparedSides(expr.when().period().start()))
                : Optional.empty();
    }

    @Override
    public Optional<Sides> visitNumber(Expr.Number expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Sides> visitCapacity(Expr.Capacity expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Sides> visitReference(Expr.Reference expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Sides> visitQuota(Expr.QuotaRef expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Sides> visitCall(Expr.Call expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Sides> visitNegate(Expr.Negate expr) {
        return Optional.empty();
    }

    @Override
    public Optional<Sides> visitGroupBy(Expr.GroupBy expr) {
        return Optional.empty();
    }
}

package dev.caplan.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits an expression and every expression inside it, parents first, without following
 * definitions. It implements the expression visitor, so a new kind of expression does not compile
 * until this walker knows its children: what the REPL's recompute and the dependency graph find
 * through it can then never silently miss a node.
 */
public final class ExprWalker implements Expr.Visitor<Void> {
    private final Consumer<Expr> visit;

    private ExprWalker(Consumer<Expr> visit) {
        this.visit = visit;
    }

    public static void walk(Expr expr, Consumer<Expr> visit) {
        expr.accept(new ExprWalker(visit));
    }

    /** The nodes of one sort inside an expression (itself included), in source order. */
    public static <T extends Expr> List<T> nodes(Expr expr, Class<T> sort) {
        List<T> found = new ArrayList<>();
        walk(expr, node -> {
            if (sort.isInstance(node)) {
                found.add(sort.cast(node));
            }
        });
        return found;
    }

    private Void leaf(Expr expr) {
        visit.accept(expr);
        return null;
    }

    private Void parent(Expr expr, List<Expr> children) {
        visit.accept(expr);
        children.forEach(child -> child.accept(this));
        return null;
    }

    @Override
    public Void visitNumber(Expr.Number expr) {
        return leaf(expr);
    }

    @Override
    public Void visitCapacity(Expr.Capacity expr) {
        return leaf(expr);
    }

    @Override
    public Void visitReference(Expr.Reference expr) {
        return leaf(expr);
    }

    @Override
    public Void visitQuota(Expr.QuotaRef expr) {
        return leaf(expr);
    }

    @Override
    public Void visitCall(Expr.Call expr) {
        return parent(expr, expr.args());
    }

    @Override
    public Void visitNegate(Expr.Negate expr) {
        return parent(expr, List.of(expr.operand()));
    }

    @Override
    public Void visitBinary(Expr.Binary expr) {
        return parent(expr, List.of(expr.left(), expr.right()));
    }

    @Override
    public Void visitGroupBy(Expr.GroupBy expr) {
        return parent(expr, List.of(expr.operand()));
    }

    @Override
    public Void visitAt(Expr.At expr) {
        return parent(expr, List.of(expr.operand()));
    }
}

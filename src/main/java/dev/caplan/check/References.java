package dev.caplan.check;

import dev.caplan.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** The references to definitions inside an expression, in source order. */
final class References implements Expr.Visitor<Void> {
    private final List<Expr.Reference> found = new ArrayList<>();

    static List<Expr.Reference> of(Expr expr) {
        References collector = new References();
        expr.accept(collector);
        return collector.found;
    }

    public Void visitNumber(Expr.Number expr) {
        return null;
    }

    public Void visitCapacity(Expr.Capacity expr) {
        return null;
    }

    public Void visitQuota(Expr.QuotaRef expr) {
        return null;
    }

    public Void visitReference(Expr.Reference expr) {
        found.add(expr);
        return null;
    }

    public Void visitCall(Expr.Call expr) {
        expr.args().forEach(arg -> arg.accept(this));
        return null;
    }

    public Void visitNegate(Expr.Negate expr) {
        return expr.operand().accept(this);
    }

    public Void visitBinary(Expr.Binary expr) {
        expr.left().accept(this);
        return expr.right().accept(this);
    }

    public Void visitGroupBy(Expr.GroupBy expr) {
        return expr.operand().accept(this);
    }

    public Void visitAt(Expr.At expr) {
        return expr.operand().accept(this);
    }
}

package dev.caplan.ast;

import java.util.function.Consumer;

/** Visits an expression and every expression inside it, parents first, without following definitions. */
public final class ExprWalker {

    private ExprWalker() {
    }

    public static void walk(Expr expr, Consumer<Expr> visit) {
        visit.accept(expr);
        if (expr instanceof Expr.Binary b) {
            walk(b.left(), visit);
            walk(b.right(), visit);
        } else if (expr instanceof Expr.Negate n) {
            walk(n.operand(), visit);
        } else if (expr instanceof Expr.Call c) {
            c.args().forEach(arg -> walk(arg, visit));
        } else if (expr instanceof Expr.At a) {
            walk(a.operand(), visit);
        } else if (expr instanceof Expr.GroupBy g) {
            walk(g.operand(), visit);
        }
    }
}

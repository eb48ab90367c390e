package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.ExprWalker;
import java.util.List;

/** The references to definitions inside an expression, in source order. */
final class References {

    private References() {
    }

    static List<Expr.Reference> of(Expr expr) {
        return ExprWalker.nodes(expr, Expr.Reference.class);
    }
}

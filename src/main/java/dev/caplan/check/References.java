package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.ExprWalker;
import java.util.ArrayList;
import java.util.List;

/** The references to definitions inside an expression, in source order. */
final class References {

    private References() {
    }

    static List<Expr.Reference> of(Expr expr) {
        List<Expr.Reference> found = new ArrayList<>();
        ExprWalker.walk(expr, node -> {
            if (node instanceof Expr.Reference reference) {
                found.add(reference);
            }
        });
        return found;
    }
}

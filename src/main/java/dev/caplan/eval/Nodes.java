package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.ExprWalker;
import java.util.ArrayList;
import java.util.List;

/** Finds nodes of one sort inside an expression, without following definitions. */
final class Nodes {

    private Nodes() {
    }

    static List<Expr.Capacity> capacities(Expr expr) {
        List<Expr.Capacity> found = new ArrayList<>();
        ExprWalker.walk(expr, node -> {
            if (node instanceof Expr.Capacity capacity) {
                found.add(capacity);
            }
        });
        return found;
    }

    /** The capacity selections an expression counts, through the definitions it uses too. */
    static List<Expr.Capacity> capacitiesThrough(Expr expr, java.util.Map<String, dev.caplan.ast.Item.Let> lets) {
        List<Expr.Capacity> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Expr> pending = new ArrayList<>(List.of(expr));
        while (!pending.isEmpty()) {
            ExprWalker.walk(pending.remove(pending.size() - 1), node -> {
                if (node instanceof Expr.Capacity capacity) {
                    found.add(capacity);
                } else if (node instanceof Expr.Reference ref && lets.containsKey(ref.name().text())
                        && seen.add(ref.name().text())) {
                    pending.add(lets.get(ref.name().text()).expr());
                }
            });
        }
        return found;
    }

    static boolean readsQuota(Expr expr) {
        boolean[] found = {false};
        ExprWalker.walk(expr, node -> found[0] |= node instanceof Expr.QuotaRef);
        return found[0];
    }

}

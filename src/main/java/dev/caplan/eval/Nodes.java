package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.ExprWalker;
import dev.caplan.ast.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds nodes of one sort inside an expression, without following definitions. */
final class Nodes {

    private Nodes() {
    }

    static List<Expr.Capacity> capacities(Expr expr) {
        return ExprWalker.nodes(expr, Expr.Capacity.class);
    }

    /** The capacity selections an expression counts, through the definitions it uses too. */
    static List<Expr.Capacity> capacitiesThrough(Expr expr, Map<String, Item.Let> lets) {
        List<Expr.Capacity> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Expr> pending = new ArrayList<>(List.of(expr));
        while (!pending.isEmpty()) {
            Expr next = pending.remove(pending.size() - 1);
            found.addAll(ExprWalker.nodes(next, Expr.Capacity.class));
            for (Expr.Reference ref : ExprWalker.nodes(next, Expr.Reference.class)) {
                if (lets.containsKey(ref.name().text()) && seen.add(ref.name().text())) {
                    pending.add(lets.get(ref.name().text()).expr());
                }
            }
        }
        return found;
    }

    static boolean readsQuota(Expr expr) {
        return !ExprWalker.nodes(expr, Expr.QuotaRef.class).isEmpty();
    }

}

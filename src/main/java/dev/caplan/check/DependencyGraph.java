package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders definitions so each comes after those it uses (a depth-first topological sort), and
 * reports every cycle once, naming it in full: {@code a -> b -> a}. Definitions on a cycle are
 * left out of the order; unknown references are the expression checker's business.
 */
final class DependencyGraph {
    private enum State { VISITING, DONE }

    private final Map<String, Item.Let> lets;
    private final Map<String, State> state = new HashMap<>();
    private final List<Item.Let> order = new ArrayList<>();
    private final Set<String> ordered = new HashSet<>();
    private final List<String> path = new ArrayList<>();
    private final Diagnostics diagnostics;

    private DependencyGraph(Map<String, Item.Let> lets, Diagnostics diagnostics) {
        this.lets = lets;
        this.diagnostics = diagnostics;
    }

    static List<Item.Let> order(Map<String, Item.Let> lets, Diagnostics diagnostics) {
        DependencyGraph graph = new DependencyGraph(lets, diagnostics);
        for (String name : lets.keySet()) {
            graph.visit(name);
        }
        return graph.order;
    }

    /** The definitions that use {@code name}, directly or through others: what a change to it affects. */
    static List<String> dependents(Map<String, Item.Let> lets, String name) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Item.Let let : lets.values()) {
            for (Expr.Reference ref : References.of(let.expr())) {
                users.computeIfAbsent(ref.name().text(), k -> new ArrayList<>()).add(let.name().text());
            }
        }
        List<String> result = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of(name));
        while (!queue.isEmpty()) {
            for (String user : users.getOrDefault(queue.remove(0), List.of())) {
                if (!result.contains(user)) {
                    result.add(user);
                    queue.add(user);
                }
            }
        }
        return result;
    }

    /** Returns false when {@code name} is on a cycle (or depends on one). */
    private boolean visit(String name) {
        State current = state.get(name);
        if (current == State.DONE) {
            return ordered.contains(name);
        }
        if (current == State.VISITING) {
            reportCycle(name);
            return false;
        }
        Item.Let let = lets.get(name);
        state.put(name, State.VISITING);
        path.add(name);
        boolean ok = true;
        for (Expr.Reference ref : References.of(let.expr())) {
            if (lets.containsKey(ref.name().text()) && !visit(ref.name().text())) {
                ok = false;
            }
        }
        path.remove(path.size() - 1);
        state.put(name, State.DONE);
        if (ok) {
            order.add(let);
            ordered.add(name);
        }
        return ok;
    }

    private void reportCycle(String name) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
        cycle.add(name);
        Item.Let start = lets.get(name);
        diagnostics.error(Code.CYCLE, start.name().span(), "definitions depend on each other in a circle: "
                + String.join(" -> ", cycle), "a definition cannot use itself, directly or through others; break the circle");
    }
}

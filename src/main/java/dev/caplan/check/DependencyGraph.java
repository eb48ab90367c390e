package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders definitions so each comes after those it uses (a depth-first topological sort), and
 * reports every cycle once, naming it in full: {@code a -> b -> a}. Definitions on a cycle, and
 * those that use one, are left out of the order; so are definitions at the end of a chain longer
 * than {@link Limits#DEFINITION_CHAIN} ({@code a1 = a0 + 1}, {@code a2 = a1 + 1}, ...), which every
 * evaluation would have to descend. The walk keeps its own stack, so no chain can overflow the
 * call stack. Unknown references are the expression checker's business.
 */
final class DependencyGraph {
    private enum State { VISITING, ORDERED, LEFT_OUT }

    private final Map<String, Item.Let> lets;
    private final Map<String, State> state = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final List<Item.Let> order = new ArrayList<>();
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

    /** One definition on the walk: the names it uses, and how many of them have been looked at. */
    private static final class Frame {
        final String name;
        final List<String> uses;
        int next;

        Frame(String name, List<String> uses) {
            this.name = name;
            this.uses = uses;
        }
    }

    /** Depth-first from {@code root}, children before parents, with an explicit stack. */
    private void visit(String root) {
        if (state.containsKey(root)) {
            return;
        }
        Deque<Frame> path = new ArrayDeque<>();
        enter(root, path);
        while (!path.isEmpty()) {
            Frame frame = path.peek();
            if (frame.next < frame.uses.size()) {
                String used = frame.uses.get(frame.next++);
                State seen = state.get(used);
                if (seen == null) {
                    enter(used, path);
                } else if (seen == State.VISITING) {
                    reportCycle(used, path);
                }
                continue;
            }
            path.pop();
            finish(frame);
        }
    }

    private void enter(String name, Deque<Frame> path) {
        state.put(name, State.VISITING);
        List<String> uses = new ArrayList<>();
        for (Expr.Reference ref : References.of(lets.get(name).expr())) {
            if (lets.containsKey(ref.name().text())) {
                uses.add(ref.name().text());
            }
        }
        path.push(new Frame(name, uses));
    }

    /** Orders a definition once all it uses are done: unless one of them was left out, or the chain is too long. */
    private void finish(Frame frame) {
        int deepest = 0;
        boolean usable = state.get(frame.name) == State.VISITING;
        for (String used : frame.uses) {
            usable &= state.get(used) == State.ORDERED;
            deepest = Math.max(deepest, depth.getOrDefault(used, 0));
        }
        if (usable && deepest + 1 > Limits.DEFINITION_CHAIN) {
            Item.Let let = lets.get(frame.name);
            diagnostics.error(Code.LIMIT, let.name().span(), "'" + frame.name + "' ends a chain of more than "
                    + Limits.DEFINITION_CHAIN + " definitions that use one another",
                    "compute it from fewer steps; caplan's limits are listed in docs/language.md (Limits)");
            usable = false;
        }
        if (usable) {
            depth.put(frame.name, deepest + 1);
            order.add(lets.get(frame.name));
            state.put(frame.name, State.ORDERED);
        } else {
            state.put(frame.name, State.LEFT_OUT);
        }
    }

    /** Reports the cycle from {@code name} round the current path, and marks its definitions as left out. */
    private void reportCycle(String name, Deque<Frame> path) {
        List<String> cycle = new ArrayList<>();
        for (Frame frame : (Iterable<Frame>) path::descendingIterator) {
            if (frame.name.equals(name) || !cycle.isEmpty()) {
                cycle.add(frame.name);
            }
        }
        cycle.add(name);
        Item.Let start = lets.get(name);
        diagnostics.error(Code.CYCLE, start.name().span(), "definitions depend on each other in a circle: "
                + String.join(" -> ", cycle), "a definition cannot use itself, directly or through others; break the circle");
        for (Frame frame : path) {
            if (cycle.contains(frame.name)) {
                state.put(frame.name, State.LEFT_OUT);
            }
        }
    }
}

package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How deep scenarios extend one another. A scenario at the end of a chain longer than
 * {@link Limits#SCENARIO_CHAIN} is not applied (applying it walks the chain); the first one past
 * the limit is reported, not every one after it. Counted without recursion; a circle counts as
 * no chain here (the applier reports it).
 */
final class ScenarioChains {

    private ScenarioChains() {
    }

    /** The scenarios whose chain is within the limit, in declaration order; reports where a chain first gets too long. */
    static List<String> withinLimit(Map<String, Item.Scenario> scenarios, Diagnostics diagnostics) {
        Map<String, Integer> depths = new HashMap<>();
        List<String> within = new ArrayList<>();
        for (Item.Scenario scenario : scenarios.values()) {
            int depth = depth(scenario, scenarios, depths);
            if (depth <= Limits.SCENARIO_CHAIN) {
                within.add(scenario.name().text());
            } else if (depth == Limits.SCENARIO_CHAIN + 1) {
                diagnostics.error(Code.LIMIT, scenario.parent().span(), "more than " + Limits.SCENARIO_CHAIN
                        + " scenarios extend one another in a chain", "let the scenario extend one nearer the model");
            }
        }
        return within;
    }

    /** The number of scenarios from this one up its chain (1 for one that extends none), remembered. */
    private static int depth(Item.Scenario scenario, Map<String, Item.Scenario> scenarios, Map<String, Integer> depths) {
        List<Item.Scenario> chain = new ArrayList<>();
        Set<String> onChain = new HashSet<>();
        Item.Scenario current = scenario;
        while (current != null && !depths.containsKey(current.name().text()) && onChain.add(current.name().text())) {
            chain.add(current);
            current = current.parent() == null ? null : scenarios.get(current.parent().text());
        }
        int depth = current == null || !depths.containsKey(current.name().text()) ? 0 : depths.get(current.name().text());
        for (int i = chain.size() - 1; i >= 0; i--) {
            depths.put(chain.get(i).name().text(), ++depth);
        }
        return depths.get(scenario.name().text());
    }
}

package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.QuotaEntry;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a declared name is, for the hint at a place where it cannot stand: a quota written without
 * its area ({@code azc_places + 1}), a key, kind, target group, table, report or scenario used as a
 * value or a selection. "Unknown name" alone would send the analyst looking for a typo in a name
 * they can see declared. The names are gathered at the first question, so a model without such a
 * mistake (nearly every load, and every REPL query) pays nothing.
 */
final class NameKinds {
    private final List<Item> items;
    private final Collection<String> scenarioNames;
    /** Each quota with an area it has a line for, to show how one is read. */
    private Map<String, String> quotas;
    private final Set<String> keys = new HashSet<>();
    private final Set<String> kinds = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> tables = new HashSet<>();
    private final Set<String> reports = new HashSet<>();
    private final Set<String> scenarios = new HashSet<>();

    private NameKinds(List<Item> items, Collection<String> scenarioNames) {
        this.items = items;
        this.scenarioNames = scenarioNames;
    }

    /** The names declared by {@code items} and the model's scenarios. */
    static NameKinds of(List<Item> items, Collection<String> scenarios) {
        return new NameKinds(items, scenarios);
    }

    /**
     * What {@code name} is and how it is used, said where a definition, capacity selection or area
     * was expected; null when it is none of these sorts.
     */
    String describe(String name) {
        if (quotas == null) {
            gather();
        }
        String source = new Name(name, false, null).source();
        String is = "'" + name + "' is ";
        if (quotas.containsKey(name)) {
            return is + "a quota; a quota is read per area: " + source + "[" + quotas.get(name) + "]";
        }
        if (keys.contains(name)) {
            return is + "a key; it divides a quota (quota q level by " + source + " { ... })";
        }
        if (kinds.contains(name)) {
            return is + "a kind; its places are capacity[kind = " + source + "]";
        }
        if (groups.contains(name)) {
            return is + "a target group; its places are capacity[group = " + source + "]";
        }
        if (tables.contains(name)) {
            return is + "a table; its places are capacity[table = " + source + "]";
        }
        if (reports.contains(name)) {
            return is + "a report; a report has no value of its own: print it with caplan eval --report " + source;
        }
        if (scenarios.contains(name)) {
            return is + "a scenario; a scenario has no value of its own: use it with caplan eval --scenario " + source;
        }
        return null;
    }

    private void gather() {
        quotas = new HashMap<>();
        scenarios.addAll(scenarioNames);
        for (Item item : items) {
            if (item instanceof Item.Quota quota) {
                quotas.putIfAbsent(quota.name().text(), firstArea(quota.entries()));
            } else if (item instanceof Item.Key key) {
                keys.add(key.name().text());
            } else if (item instanceof Item.Kinds declared) {
                declared.definitions().forEach(d -> (declared.targetGroups() ? groups : kinds).add(d.name().text()));
            } else if (item instanceof Item.Table table) {
                tables.add(table.name().text());
            } else if (item instanceof Item.Report report) {
                reports.add(report.name().text());
            }
        }
    }

    private static String firstArea(List<QuotaEntry> entries) {
        for (QuotaEntry entry : entries) {
            Name area = entry instanceof QuotaEntry.Level level ? level.area()
                    : entry instanceof QuotaEntry.Flow flow ? flow.area() : null;
            if (area != null) {
                return area.source();
            }
        }
        return "AREA";
    }
}

package dev.caplan.check;

import dev.caplan.ast.Item;
import java.util.Map;

/** The declared things of a model by name: what expressions and filters resolve against. */
record Declarations(Map<String, Area> areas, Map<String, Category> kinds, Map<String, Category> groups,
                    Map<String, Location> locations, Map<String, Item.Table> tables,
                    Map<String, CheckedQuota> quotas) {
}

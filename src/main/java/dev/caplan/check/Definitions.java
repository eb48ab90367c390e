package dev.caplan.check;

import dev.caplan.ast.Item;
import java.util.List;
import java.util.Map;

/** The {@code let} definitions: by name, in dependency order, and their types. */
record Definitions(Map<String, Item.Let> lets, List<Item.Let> order, Map<String, ValueType> types) {
}

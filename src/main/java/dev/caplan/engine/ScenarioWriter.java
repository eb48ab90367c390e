package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.ItemKind;
import dev.caplan.ast.Name;
import dev.caplan.ast.SourceUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a session's changes as a scenario: each declaration that differs from the model on
 * disk becomes a replacing line, each new one an {@code add}, each removed one a {@code drop}.
 * Reviewable like any model file, and replayed with {@code --scenario NAME}.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /** The scenario's text, or null when nothing differs. */
    static String write(String name, List<SourceUnit> original, List<SourceUnit> current) {
        Map<String, Item> before = byKey(original);
        Map<String, Item> after = byKey(current);
        List<String> entries = new ArrayList<>();
        after.forEach((key, item) -> {
            Item old = before.get(key);
            if (old == null) {
                entries.add("add " + item.span().text());
            } else if (!old.span().text().equals(item.span().text())) {
                entries.add(item.span().text());
            }
        });
        before.forEach((key, item) -> {
            if (!after.containsKey(key)) {
                item.identifier().ifPresent(id -> entries.add("drop " + item.itemKind().word() + " " + id.source()));
            }
        });
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("# Saved from a caplan repl session. Replay: caplan eval ... --scenario "
                + name + "\nscenario " + new Name(name, false, null).source() + " {\n");
        for (String entry : entries) {
            for (String line : entry.split("\n")) {
                out.append(line.isBlank() ? "" : "  " + line.stripTrailing()).append('\n');
            }
        }
        return out.append("}\n").toString();
    }

    /** Declarations by kind and name; unnamed ones by their text, so they count as changed when edited. */
    private static Map<String, Item> byKey(List<SourceUnit> units) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (isPartOfTheModel(item.itemKind())) {
                    String identity = item.identifier().map(Name::text).orElse(item.span().text());
                    items.put(item.itemKind().word() + ":" + identity, item);
                }
            }
        }
        return items;
    }

    /** Scenarios and imports are not what a scenario can replace, add or drop. */
    private static boolean isPartOfTheModel(ItemKind kind) {
        return switch (kind) {
            case SCENARIO, IMPORT -> false;
            case AREAS, KINDS, TARGET_GROUPS, LOCATION, TABLE, LET, REPORT, QUOTA, ACTUAL, KEY, CHECK, REPORTED -> true;
        };
    }

    /** Where the scenario goes: scenarios/NAME.caplan in the model's folder. */
    static Path fileFor(Path modelFolder, String name) {
        return modelFolder.resolve("scenarios").resolve(name + SourceLoader.EXTENSION);
    }
}

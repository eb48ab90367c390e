package dev.caplan.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an edit changed in a model's files, told apart by parse: a file whose text did not change is
 * not parsed again and keeps its very {@link SourceUnit} object, so the units that are not the same
 * object before and after are the only ones an edit can have touched. This is what the check stage
 * (which checked locations can be kept) and incremental recompute (which values can be kept) read.
 */
public final class UnitChanges {
    /** The units of the files before the edit that were replaced (parsed again) or dropped. */
    private final List<SourceUnit> before;
    /** The units parsed anew for the edit. */
    private final List<SourceUnit> after;

    private UnitChanges(List<SourceUnit> before, List<SourceUnit> after) {
        this.before = before;
        this.after = after;
    }

    /** The changes between two loads of a model; with no earlier load, every unit is new. */
    public static UnitChanges between(List<SourceUnit> earlier, List<SourceUnit> later) {
        Set<SourceUnit> laterUnits = identitySet(later);
        Set<SourceUnit> earlierUnits = identitySet(earlier);
        return new UnitChanges(earlier.stream().filter(u -> !laterUnits.contains(u)).toList(),
                later.stream().filter(u -> !earlierUnits.contains(u)).toList());
    }

    private static Set<SourceUnit> identitySet(List<SourceUnit> units) {
        Set<SourceUnit> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(units);
        return set;
    }

    /**
     * Whether declarations that every location or quota is read against (areas, kinds, target
     * groups, quotas, keys, actuals: {@link ItemKind#reachesEverything()}) read differently now.
     */
    public boolean sharedDeclarationsChanged() {
        return !sharedTexts(before).equals(sharedTexts(after));
    }

    private static Map<String, String> sharedTexts(List<SourceUnit> units) {
        Map<String, String> texts = new HashMap<>();
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (item.itemKind().reachesEverything()) {
                    String key = item.itemKind().word() + ":" + item.identifier().map(Name::text).orElse(item.span().text());
                    texts.merge(key, item.span().text(), String::concat);
                }
            }
        }
        return texts;
    }

    /**
     * The names of the locations declared in the files parsed again, before or after the edit: the
     * only locations it can have touched. Empty when a scenario file changed, which can change any
     * location.
     */
    public Optional<Set<String>> touchedLocations() {
        Set<String> names = new LinkedHashSet<>();
        List<SourceUnit> all = new ArrayList<>(before);
        all.addAll(after);
        for (SourceUnit unit : all) {
            if (!unit.itemsOf(Item.Scenario.class).isEmpty()) {
                return Optional.empty();
            }
            unit.itemsOf(Item.Location.class).forEach(location -> names.add(location.name().text()));
            unit.itemsOf(Item.Table.class).forEach(table -> table.rows().forEach(row -> names.add(row.name().text())));
        }
        return Optional.of(names);
    }
}

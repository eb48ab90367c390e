package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.ast.ItemKind;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.source.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a scenario to the base model's declarations: the scenario it extends first, then its
 * own lines in order. A declaration inside a scenario replaces the base's declaration of the same
 * kind and name, which must exist (a misspelt name would otherwise quietly add something);
 * {@code add} adds, {@code drop} removes. Gives the changed declarations and the settings
 * (options exercised, firm view) for the check stage.
 */
final class ScenarioApplier {
    /** The declarations and settings a scenario stands for. */
    record Applied(List<Item> items, Settings settings) {
    }

    private final Map<String, Item.Scenario> scenarios;
    private final Diagnostics diagnostics;

    ScenarioApplier(Map<String, Item.Scenario> scenarios, Diagnostics diagnostics) {
        this.scenarios = scenarios;
        this.diagnostics = diagnostics;
    }

    Applied apply(List<Item> base, String name) {
        return apply(base, scenarios.get(name), new ArrayList<>());
    }

    private Applied apply(List<Item> base, Item.Scenario scenario, List<String> chain) {
        chain.add(scenario.name().text());
        Applied start = new Applied(base, Settings.BASE);
        if (scenario.parent() != null) {
            Item.Scenario parent = scenarios.get(scenario.parent().text());
            if (parent == null) {
                diagnostics.error(Code.UNKNOWN_NAME, scenario.parent().span(), "unknown scenario '"
                        + scenario.parent().text() + "'", NameHints.didYouMean(scenario.parent().text(), scenarios.keySet()));
            } else if (chain.size() >= Limits.SCENARIO_CHAIN) {
                diagnostics.error(Code.LIMIT, scenario.parent().span(), "more than " + Limits.SCENARIO_CHAIN
                        + " scenarios extend one another in a chain", "let the scenario extend one nearer the model");
            } else if (chain.contains(parent.name().text())) {
                diagnostics.error(Code.CYCLE, scenario.parent().span(), "scenarios extend each other in a circle: "
                        + String.join(" -> ", chain) + " -> " + parent.name().text(), "a scenario cannot extend itself");
            } else {
                start = apply(base, parent, chain);
            }
        }
        Changes changes = new Changes(new ArrayList<>(start.items()), start.settings());
        scenario.entries().forEach(entry -> entry.accept(changes));
        return new Applied(changes.items, new Settings(changes.allOptions, changes.exercised, changes.firm));
    }

    /** The declarations and settings as the lines of one scenario change them, in order. */
    private final class Changes implements ScenarioEntry.Visitor<Void> {
        final List<Item> items;
        final Set<String> exercised;
        boolean allOptions;
        boolean firm;

        Changes(List<Item> items, Settings start) {
            this.items = items;
            this.exercised = new HashSet<>(start.exercised());
            this.allOptions = start.allOptions();
            this.firm = start.withoutTentative();
        }

        @Override
        public Void visitExerciseAll(ScenarioEntry.ExerciseAll entry) {
            allOptions = true;
            return null;
        }

        @Override
        public Void visitExercise(ScenarioEntry.Exercise entry) {
            entry.options().forEach(ref -> exercise(items, ref, exercised));
            return null;
        }

        @Override
        public Void visitWithoutTentative(ScenarioEntry.WithoutTentative entry) {
            firm = true;
            return null;
        }

        @Override
        public Void visitAdd(ScenarioEntry.Add entry) {
            items.add(entry.item());
            return null;
        }

        @Override
        public Void visitDrop(ScenarioEntry.Drop entry) {
            int index = find(items, entry.what(), entry.name());
            if (index >= 0) {
                items.remove(index);
            }
            return null;
        }

        @Override
        public Void visitReplace(ScenarioEntry.Replace entry) {
            replace(items, entry.item());
            return null;
        }
    }

    private void replace(List<Item> items, Item replacement) {
        Optional<Name> name = replacement.identifier();
        if (name.isEmpty()) {
            diagnostics.error(Code.SCENARIO, replacement.span(), "a scenario can replace locations, tables, "
                    + "definitions, quotas, actuals, keys, reports, and labelled checks and reported figures",
                    "to add this declaration, write: add ...");
            return;
        }
        int index = find(items, replacement.itemKind(), name.get());
        if (index >= 0) {
            items.set(index, replacement);
        }
    }

    /** The index of the declaration of that kind and name, or -1 after reporting that there is none. */
    private int find(List<Item> items, ItemKind kind, Name name) {
        List<String> sameKind = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<Name> candidate = items.get(i).identifier();
            if (candidate.isPresent() && items.get(i).itemKind() == kind) {
                if (candidate.get().text().equals(name.text())) {
                    return i;
                }
                sameKind.add(candidate.get().text());
            }
        }
        String hint = NameHints.didYouMean(name.text(), sameKind);
        diagnostics.error(Code.SCENARIO, name.span(), "the scenario changes " + kind.word() + " '" + name.text()
                + "', which the model does not have", hint != null ? hint : "to add it, write: add " + kind.word() + " ...");
        return -1;
    }

    private void exercise(List<Item> items, ScenarioEntry.OptionRef ref, Set<String> exercised) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (Item.Location location : ItemsByKind.of(items).locations) {
            options.put(location.name().text(), location.options().stream().map(LocationEntry.Option::effectiveName).toList());
        }
        List<String> ofLocation = options.get(ref.location().text());
        if (ofLocation == null) {
            diagnostics.error(Code.SCENARIO, ref.location().span(), "no location '" + ref.location().text() + "'",
                    NameHints.didYouMean(ref.location().text(), options.keySet()));
        } else if (ofLocation.isEmpty()) {
            diagnostics.error(Code.SCENARIO, ref.location().span(), "'" + ref.location().text() + "' has no options",
                    "give it one: option extend until 2027-02-01");
        } else if (ref.option() != null && !ofLocation.contains(ref.option().text())) {
            diagnostics.error(Code.SCENARIO, ref.option().span(), "'" + ref.location().text() + "' has no option '"
                    + ref.option().text() + "'", "its options: " + String.join(", ", ofLocation));
        } else {
            exercised.add(ref.location().text() + "/" + (ref.option() == null ? "*" : ref.option().text()));
        }
    }
}

package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.ItemKind;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check stage: resolves declarations, orders definitions by their dependencies, types every
 * expression and expands report columns. Reports all problems it finds; the model it returns is
 * only fit for evaluation when the collector holds no errors.
 */
public final class Checker {

    private Checker() {
    }

    public static CheckedModel check(List<SourceUnit> units, Diagnostics diagnostics) {
        return check(units, diagnostics, LocationCache.NONE);
    }

    /**
     * Like {@link #check(List, Diagnostics)}, taking the checked locations of unedited declarations
     * from {@code reusable} instead of checking them again (the REPL after a one-line change).
     */
    public static CheckedModel check(List<SourceUnit> units, Diagnostics diagnostics, LocationCache reusable) {
        List<Item> base = new ArrayList<>();
        NameTable<Item.Scenario> scenarios = new NameTable<>("scenario");
        for (SourceUnit unit : units) {
            base.addAll(unit.items());
        }
        for (Item.Scenario scenario : ItemsByKind.of(base).scenarios) {
            scenarios.declare(scenario.name(), scenario, diagnostics);
        }
        base.removeIf(item -> item.itemKind() == ItemKind.SCENARIO); // scenarios change the model, not part of it
        CheckedModel model = check(base, Settings.BASE, scenarios.asMap(), null, reusable, diagnostics);
        if (!diagnostics.hasErrors()) {
            for (String name : ScenarioChains.withinLimit(scenarios.asMap(), diagnostics)) {
                checkScenario(model, name, diagnostics, true); // report a scenario's problems when the model loads
            }
        }
        return model;
    }

    /**
     * The model as a scenario changes it; its errors are added to the collector. Its warnings are
     * not: every scenario was checked when the model loaded, and its warnings were given then.
     */
    public static CheckedModel checkScenario(CheckedModel base, String name, Diagnostics diagnostics) {
        return checkScenario(base, name, diagnostics, false);
    }

    /**
     * A scenario checks the model's text again: of its warnings, only those about the scenario's own
     * text are new ({@code warnings}: when the model loads), and each is given once, however many
     * scenarios read the same block.
     */
    private static CheckedModel checkScenario(CheckedModel base, String name, Diagnostics diagnostics,
                                              boolean warnings) {
        Diagnostics found = new Diagnostics();
        ScenarioApplier.Applied applied = new ScenarioApplier(base.scenarios(), found).apply(base.items(), name);
        CheckedModel model = check(applied.items(), applied.settings(), base.scenarios(), name, LocationCache.NONE, found);
        for (Diagnostic diagnostic : found.all()) {
            boolean newWarning = warnings && inScenarioText(diagnostic, base) && !diagnostics.all().contains(diagnostic);
            if (diagnostic.isError() || newWarning) {
                diagnostics.add(diagnostic);
            }
        }
        return model;
    }

    private static boolean inScenarioText(Diagnostic diagnostic, CheckedModel base) {
        Span at = diagnostic.span();
        return at != null && base.scenarios().values().stream().map(Item.Scenario::span).anyMatch(block ->
                block.file() == at.file() && block.start() <= at.start() && at.end() <= block.end());
    }

    private static CheckedModel check(List<Item> items, Settings settings, Map<String, Item.Scenario> scenarios,
                                      String scenario, LocationCache reusable,
                                      Diagnostics diagnostics) {
        ItemsByKind sorted = ItemsByKind.of(items);
        Declarations declarations = new DeclarationCollector(diagnostics, settings, reusable).collect(sorted);
        NameKinds names = NameKinds.of(items, scenarios.keySet());
        Definitions definitions = definitions(sorted.lets, declarations, names, diagnostics);
        ExprChecker exprs = new ExprChecker(declarations, definitions.lets(), definitions.types()::get, names, diagnostics);
        Map<String, CheckedReport> reports = new ReportChecker(exprs, diagnostics).check(sorted.reports);
        ConditionChecker conditions = new ConditionChecker(exprs, diagnostics);
        List<CheckedCheck> checks = new ArrayList<>();
        for (Item.Check check : sorted.checks) {
            checks.add(conditions.check(check));
        }
        sorted.reported.forEach(conditions::check);
        return new CheckedModel(declarations, definitions, reports, checks, sorted.reported,
                new CheckedModel.Source(items, scenarios, scenario, settings.withoutTentative()));
    }

    /** Checks an expression typed outside the model (a query or REPL input); null type after an error. */
    public static ValueType checkExpression(CheckedModel model, Expr expr, Diagnostics diagnostics) {
        return expressionChecker(model, diagnostics).check(expr);
    }

    /** Names of definitions that use {@code name}, directly or through others. */
    public static List<String> dependents(CheckedModel model, String name) {
        return DependencyGraph.dependents(model.lets(), name);
    }

    private static ExprChecker expressionChecker(CheckedModel model, Diagnostics diagnostics) {
        return new ExprChecker(model.declarations(), model.lets(), model::letType,
                NameKinds.of(model.items(), model.scenarios().keySet()), diagnostics);
    }

    private static Definitions definitions(List<Item.Let> items, Declarations declarations, NameKinds names,
                                           Diagnostics diagnostics) {
        NameTable<Item.Let> lets = new NameTable<>("definition");
        for (Item.Let let : items) {
            lets.declare(let.name(), let, diagnostics);
        }
        List<Item.Let> order = DependencyGraph.order(lets.asMap(), diagnostics);
        Map<String, ValueType> types = new HashMap<>();
        ExprChecker checker = new ExprChecker(declarations, lets.asMap(), types::get, names, diagnostics);
        for (Item.Let let : order) {
            types.put(let.name().text(), checker.check(let.expr()));
        }
        return new Definitions(new LinkedHashMap<>(lets.asMap()), order, types);
    }
}

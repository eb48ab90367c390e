package dev.caplan.check;

import dev.caplan.ast.Item;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A model that passed the check stage: every name resolved, definitions in dependency order,
 * every expression typed. The evaluator accepts only this, never raw AST. Maps keep
 * declaration order (files in load order, items in file order).
 */
public final class CheckedModel {
    private final Map<String, Area> areas;
    private final Map<String, Category> kinds;
    private final Map<String, Category> groups;
    private final Map<String, Location> locations;
    private final Map<String, Item.Table> tables;
    private final Map<String, Item.Let> lets;
    private final Map<String, ValueType> letTypes;
    private final Map<String, CheckedReport> reports;
    private final Map<String, CheckedQuota> quotas;
    private final List<CheckedCheck> checks;
    private final List<Item.Reported> reported;

    private final Source source;

    /** What the model was checked from: its declarations, the scenarios, and which one applies (null: none). */
    record Source(List<Item> items, Map<String, Item.Scenario> scenarios, String scenario, boolean firmView) {
    }

    CheckedModel(Declarations declarations, Definitions definitions, Map<String, CheckedReport> reports,
                 List<CheckedCheck> checks, List<Item.Reported> reported, Source source) {
        this.source = source;
        this.quotas = declarations.quotas();
        this.checks = List.copyOf(checks);
        this.reported = List.copyOf(reported);
        this.areas = declarations.areas();
        this.kinds = declarations.kinds();
        this.groups = declarations.groups();
        this.locations = declarations.locations();
        this.tables = declarations.tables();
        this.lets = definitions.lets();
        this.letTypes = definitions.types();
        this.reports = reports;
    }

    public Map<String, Area> areas() {
        return Collections.unmodifiableMap(areas);
    }

    public Map<String, Category> kinds() {
        return Collections.unmodifiableMap(kinds);
    }

    public Map<String, Category> groups() {
        return Collections.unmodifiableMap(groups);
    }

    public Map<String, Location> locations() {
        return Collections.unmodifiableMap(locations);
    }

    public Map<String, Item.Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public Map<String, Item.Let> lets() {
        return Collections.unmodifiableMap(lets);
    }

    public ValueType letType(String name) {
        return letTypes.get(name);
    }

    public Map<String, CheckedQuota> quotas() {
        return Collections.unmodifiableMap(quotas);
    }

    public List<CheckedCheck> checks() {
        return checks;
    }

    /** Figures printed in a memo, with the expressions that should produce them. */
    public List<Item.Reported> reported() {
        return reported;
    }

    /** Whether tentative values are left out everywhere (a scenario "without tentative"). */
    public boolean firmView() {
        return source.firmView();
    }

    /** The scenario this model is, or null for the base model. */
    public String scenario() {
        return source.scenario();
    }

    /** The scenarios the model declares, by name. */
    public Map<String, Item.Scenario> scenarios() {
        return Collections.unmodifiableMap(source.scenarios());
    }

    List<Item> items() {
        return source.items();
    }

    Declarations declarations() {
        return new Declarations(areas, kinds, groups, locations, tables, quotas);
    }

    public Map<String, CheckedReport> reports() {
        return Collections.unmodifiableMap(reports);
    }
}

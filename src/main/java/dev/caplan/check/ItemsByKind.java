package dev.caplan.check;

import dev.caplan.ast.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * The declarations of a model sorted by kind, in declaration order: what the check stage works
 * through, one kind at a time (areas before the locations in them, keys before the quotas that use
 * them). A visitor of every kind of item, so a new kind of declaration does not compile until the
 * check stage has a place for it.
 */
final class ItemsByKind implements Item.Visitor<Void> {
    final List<Item.Import> imports = new ArrayList<>();
    final List<Item.Areas> areas = new ArrayList<>();
    final List<Item.Kinds> kinds = new ArrayList<>();
    final List<Item.Location> locations = new ArrayList<>();
    final List<Item.Table> tables = new ArrayList<>();
    final List<Item.Let> lets = new ArrayList<>();
    final List<Item.Report> reports = new ArrayList<>();
    final List<Item.Quota> quotas = new ArrayList<>();
    final List<Item.Actual> actuals = new ArrayList<>();
    final List<Item.Key> keys = new ArrayList<>();
    final List<Item.Check> checks = new ArrayList<>();
    final List<Item.Reported> reported = new ArrayList<>();
    final List<Item.Scenario> scenarios = new ArrayList<>();
    /** Location blocks and grid tables interleaved in declaration order: the order locations are numbered in. */
    final List<Places> places = new ArrayList<>();

    /** Where locations are declared: a location block or a grid table (exactly one is set). */
    record Places(Item.Location block, Item.Table table) {
    }

    static ItemsByKind of(List<Item> items) {
        ItemsByKind sorted = new ItemsByKind();
        items.forEach(item -> item.accept(sorted));
        return sorted;
    }

    @Override
    public Void visitImport(Item.Import item) {
        imports.add(item); // the loader has followed it: nothing is left to check
        return null;
    }

    @Override
    public Void visitAreas(Item.Areas item) {
        areas.add(item);
        return null;
    }

    @Override
    public Void visitKinds(Item.Kinds item) {
        kinds.add(item);
        return null;
    }

    @Override
    public Void visitLocation(Item.Location item) {
        locations.add(item);
        places.add(new Places(item, null));
        return null;
    }

    @Override
    public Void visitTable(Item.Table item) {
        tables.add(item);
        places.add(new Places(null, item));
        return null;
    }

    @Override
    public Void visitLet(Item.Let item) {
        lets.add(item);
        return null;
    }

    @Override
    public Void visitReport(Item.Report item) {
        reports.add(item);
        return null;
    }

    @Override
    public Void visitQuota(Item.Quota item) {
        quotas.add(item);
        return null;
    }

    @Override
    public Void visitActual(Item.Actual item) {
        actuals.add(item);
        return null;
    }

    @Override
    public Void visitKey(Item.Key item) {
        keys.add(item);
        return null;
    }

    @Override
    public Void visitCheck(Item.Check item) {
        checks.add(item);
        return null;
    }

    @Override
    public Void visitReported(Item.Reported item) {
        reported.add(item);
        return null;
    }

    @Override
    public Void visitScenario(Item.Scenario item) {
        scenarios.add(item);
        return null;
    }
}

package dev.caplan.check;

import dev.caplan.ast.AreaLevel;
import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the declarations of a model: areas and their hierarchy, kinds, target groups,
 * locations and grid tables. Expressions are left to {@link ExprChecker}.
 */
final class DeclarationCollector {
    private final Diagnostics diagnostics;
    private final NameTable<Area> areas = new NameTable<>("area");
    private final NameTable<Category> kinds = new NameTable<>("kind");
    private final NameTable<Category> groups = new NameTable<>("target group");
    private NameTable<Location> locations = new NameTable<>("location");
    private final NameTable<Item.Table> tables = new NameTable<>("table");

    private final Settings settings;
    private final LocationCache reusable;

    DeclarationCollector(Diagnostics diagnostics, Settings settings, LocationCache reusable) {
        this.diagnostics = diagnostics;
        this.settings = settings;
        this.reusable = reusable;
    }

    Declarations collect(ItemsByKind items) {
        locations = new NameTable<>("location", items.places.size()); // most items of a large model are locations
        collectAreas(items.areas);
        for (Item.Kinds k : items.kinds) {
            NameTable<Category> table = k.targetGroups() ? groups : kinds;
            for (Item.Definition def : k.definitions()) {
                table.declare(def.name(), new Category(def.name().text(), def.description(),
                        table.asMap().size(), def.span()), diagnostics);
            }
        }
        LocationBuilder builder = new LocationBuilder(diagnostics, areas, kinds, groups, settings, reusable);
        for (ItemsByKind.Places places : items.places) {
            if (places.block() != null) {
                Location location = builder.fromBlock(places.block(), locations.asMap().size());
                if (location != null) {
                    locations.declare(places.block().name(), location, diagnostics);
                }
            } else if (tables.declare(places.table().name(), places.table(), diagnostics)) {
                for (Item.TableRow row : places.table().rows()) {
                    Location location = builder.fromRow(places.table(), row, locations.asMap().size());
                    if (location != null) {
                        locations.declare(row.name(), location, diagnostics);
                    }
                }
            }
        }
        Map<String, CheckedQuota> quotas = new QuotaCollector(diagnostics, areas, settings.withoutTentative()).collect(items);
        return new Declarations(areas.asMap(), kinds.asMap(), groups.asMap(), locations.asMap(), tables.asMap(), quotas);
    }

    NameTable<Area> areas() {
        return areas;
    }

    NameTable<Category> kinds() {
        return kinds;
    }

    NameTable<Category> groups() {
        return groups;
    }

    NameTable<Location> locations() {
        return locations;
    }

    NameTable<Item.Table> tables() {
        return tables;
    }

    /**
     * Areas are declared top-down in any order across files, so parents are resolved in passes:
     * first every name, then each parent, checking it sits exactly one level up.
     */
    private void collectAreas(List<Item.Areas> items) {
        List<Item.Areas> declarations = new ArrayList<>(items);
        declarations.sort((x, y) -> Integer.compare(x.level().ordinal(), y.level().ordinal()));
        Map<String, AreaLevel> levels = new HashMap<>();
        for (Item.Areas declaration : declarations) {
            declaration.names().forEach(name -> levels.putIfAbsent(name.text(), declaration.level()));
        }
        for (Item.Areas declaration : declarations) {
            Area parent = declaration.parent() == null ? null : parentOf(declaration, levels);
            for (Name name : declaration.names()) {
                areas.declare(name, new Area(name.text(), declaration.level(), parent, areas.asMap().size(), name.span()),
                        diagnostics);
            }
        }
    }

    private Area parentOf(Item.Areas declaration, Map<String, AreaLevel> levels) {
        Name parentName = declaration.parent();
        AreaLevel parentLevel = levels.get(parentName.text());
        if (parentLevel == null) {
            areas.reportUnknown(parentName, diagnostics);
            return null;
        }
        AreaLevel level = declaration.level();
        if (level == AreaLevel.COUNTRY || parentLevel.ordinal() != level.ordinal() - 1) {
            String expected = level == AreaLevel.COUNTRY ? "a country has no parent area"
                    : "a " + level.keyword() + " lies in a " + AreaLevel.values()[level.ordinal() - 1].keyword();
            diagnostics.error(Code.WRONG_LEVEL, parentName.span(),
                    "'" + parentName.text() + "' is a " + parentLevel.keyword() + ", not a possible parent of a "
                            + level.keyword(), expected);
            return null;
        }
        return areas.get(parentName.text());
    }
}

package dev.caplan.eval;

import dev.caplan.ast.Filter;
import dev.caplan.ast.GroupKey;
import dev.caplan.ast.Name;
import dev.caplan.check.Area;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Location;
import java.util.ArrayList;
import java.util.List;

/** Picks the locations a {@code capacity[...]} filter list selects, and names their group for {@code by}. */
final class LocationSelector {
    private final CheckedModel model;

    LocationSelector(CheckedModel model) {
        this.model = model;
    }

    List<Location> select(List<Filter> filters) {
        List<Location> selected = new ArrayList<>();
        for (Location location : model.locations().values()) {
            if (filters.stream().allMatch(filter -> matches(filter, location))) {
                selected.add(location);
            }
        }
        return selected;
    }

    /** Whether every filter selects the location. */
    boolean selects(List<Filter> filters, Location location) {
        return filters.stream().allMatch(filter -> matches(filter, location));
    }

    private boolean matches(Filter filter, Location location) {
        return filter.accept(new Filter.Visitor<>() {
            @Override
            public Boolean visitBare(Filter.Bare bare) {
                Area area = model.areas().get(bare.name().text());
                return area != null ? location.municipality().isWithin(area) : location.name().equals(bare.name().text());
            }

            @Override
            public Boolean visitAttribute(Filter.Attribute attribute) {
                boolean any = false;
                for (Name value : attribute.values()) {
                    any |= matchesValue(attribute, value.text(), location);
                }
                return any != attribute.negated();
            }
        });
    }

    private boolean matchesValue(Filter.Attribute attribute, String value, Location location) {
        return switch (attribute.attribute()) {
            case AREA -> location.municipality().isWithin(model.areas().get(value));
            case KIND -> location.kind().name().equals(value);
            case LOCATION -> location.name().equals(value);
            case GROUP -> location.groups().containsKey(value);
            case TABLE -> value.equals(location.table());
        };
    }

    /** The group a location falls in, or null when it has none at that key (no region above it, say). */
    static String groupOf(Location location, GroupKey key) {
        return switch (key) {
            case KIND -> location.kind().name();
            case LOCATION -> location.name();
            case TABLE -> location.table();
            default -> {
                Area area = location.municipality().ancestorAt(key.level());
                yield area == null ? null : area.name();
            }
        };
    }

    private List<String> tableOrder;

    private List<String> tableOrder() {
        if (tableOrder == null) {
            tableOrder = new ArrayList<>(model.tables().keySet());
        }
        return tableOrder;
    }

    /** The label of a location's group as reports show it: "(none)" when it has none at that key. */
    static String label(Location location, GroupKey key) {
        String group = groupOf(location, key);
        return group == null ? "(none)" : group;
    }

    /** Sort position of a group, so groups follow the declaration order of what they name. */
    int groupOrder(Location location, GroupKey key) {
        return switch (key) {
            case KIND -> location.kind().order();
            case LOCATION -> location.order();
            case TABLE -> location.table() == null ? -1 : tableOrder().indexOf(location.table());
            default -> location.municipality().ancestorAt(key.level()) == null ? -1
                    : location.municipality().ancestorAt(key.level()).order();
        };
    }
}

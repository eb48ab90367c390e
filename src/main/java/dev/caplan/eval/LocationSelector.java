package dev.caplan.eval;

import dev.caplan.ast.Filter;
import dev.caplan.ast.GroupKey;
import dev.caplan.ast.Name;
import dev.caplan.check.Area;
import dev.caplan.check.Category;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks what a {@code capacity[...]} filter list counts of each location, and names the groups for
 * {@code by}. The kind is a property of a location's places, not of the location: a location whose
 * capacity lines name different kinds is counted, for a kind filter, only with the places of the
 * kinds that pass. A location of one kind (nearly all) is taken whole or not at all.
 */
final class LocationSelector {
    private final CheckedModel model;

    LocationSelector(CheckedModel model) {
        this.model = model;
    }

    List<Counted> select(List<Filter> filters) {
        List<Counted> selected = new ArrayList<>();
        for (Location location : model.locations().values()) {
            Counted counted = counted(filters, location);
            if (counted != null) {
                selected.add(counted);
            }
        }
        return selected;
    }

    /** What the filters count of the location, or null when nothing. */
    Counted counted(List<Filter> filters, Location location) {
        if (location.oneKind()) {
            return selects(filters, location, location.kinds().get(0)) ? Counted.whole(location) : null;
        }
        List<Category> kinds = new ArrayList<>(location.kinds().size());
        for (Category kind : location.kinds()) {
            if (selects(filters, location, kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? null : new Counted(location, kinds);
    }

    /** Whether every filter selects the location's places of {@code kind}. */
    private boolean selects(List<Filter> filters, Location location, Category kind) {
        for (Filter filter : filters) {
            if (!matches(filter, location, kind)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Filter filter, Location location, Category kind) {
        return filter.accept(new Filter.Visitor<>() {
            @Override
            public Boolean visitBare(Filter.Bare bare) {
                Area area = model.areas().get(bare.name().text());
                return area != null ? location.area().isWithin(area) : location.name().equals(bare.name().text());
            }

            @Override
            public Boolean visitAttribute(Filter.Attribute attribute) {
                boolean any = false;
                for (Name value : attribute.values()) {
                    any |= matchesValue(attribute, value.text(), location, kind);
                }
                return any != attribute.negated();
            }
        });
    }

    private boolean matchesValue(Filter.Attribute attribute, String value, Location location, Category kind) {
        return switch (attribute.attribute()) {
            case AREA -> location.area().isWithin(model.areas().get(value));
            case KIND -> kind.name().equals(value);
            case LOCATION -> location.name().equals(value);
            case GROUP -> location.groups().containsKey(value);
            case TABLE -> value.equals(location.table());
        };
    }

    /**
     * One group a counted location falls in: its label as reports show it, its sort position (groups
     * follow the declaration order of what they name) and, for {@code by kind}, the kind whose
     * places go there (null: all that is counted).
     */
    record Piece(String label, int order, Category kind) {
    }

    /**
     * The groups the counted places of a location fall in: one, or for {@code by kind} one per kind
     * counted. A location without an area at the key's level (no region above it, say) is in
     * "(none)", which comes first.
     */
    List<Piece> pieces(Counted counted, GroupKey key) {
        Location location = counted.location();
        return switch (key) {
            case KIND -> kindPieces(counted);
            case LOCATION -> List.of(new Piece(location.name(), location.order(), null));
            case TABLE -> List.of(location.table() == null ? none()
                    : new Piece(location.table(), tableOrder().indexOf(location.table()), null));
            default -> {
                Area area = location.area().ancestorAt(key.level());
                yield List.of(area == null ? none() : new Piece(area.name(), area.order(), null));
            }
        };
    }

    private static List<Piece> kindPieces(Counted counted) {
        if (counted.kinds().size() == 1) {
            Category kind = counted.kinds().get(0);
            return List.of(new Piece(kind.name(), kind.order(), counted.isWhole() ? null : kind));
        }
        List<Piece> pieces = new ArrayList<>(counted.kinds().size());
        for (Category kind : counted.kinds()) {
            pieces.add(new Piece(kind.name(), kind.order(), kind));
        }
        return pieces;
    }

    private static Piece none() {
        return new Piece("(none)", -1, null);
    }

    private List<String> tableOrder;

    private List<String> tableOrder() {
        if (tableOrder == null) {
            tableOrder = new ArrayList<>(model.tables().keySet());
        }
        return tableOrder;
    }
}

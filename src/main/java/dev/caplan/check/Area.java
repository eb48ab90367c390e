package dev.caplan.check;

import dev.caplan.ast.AreaLevel;
import dev.caplan.source.Span;

/** A declared area with its resolved parent (null at the top); {@code order} is declaration order. */
public record Area(String name, AreaLevel level, Area parent, int order, Span span) {

    /** Whether this area is {@code other} or lies inside it at any depth. */
    public boolean isWithin(Area other) {
        for (Area area = this; area != null; area = area.parent) {
            if (area.name.equals(other.name)) {
                return true;
            }
        }
        return false;
    }

    /** This area or its ancestor at {@code wanted} level, or null when there is none. */
    public Area ancestorAt(AreaLevel wanted) {
        for (Area area = this; area != null; area = area.parent) {
            if (area.level == wanted) {
                return area;
            }
        }
        return null;
    }
}

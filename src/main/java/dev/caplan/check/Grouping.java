package dev.caplan.check;

import dev.caplan.ast.Expr;

/**
 * What {@code by} divides: the places a capacity selection counts (by kind, location, table or
 * area), or a quota or its actual for an area, divided over the areas of one level below it
 * ({@code azc_places[Netherlands] by province}: each province's quota, as a quota of its own).
 */
public sealed interface Grouping {

    /** {@code capacity[...] by KEY}. */
    record Places(Expr.Capacity selection) implements Grouping {
    }

    /** {@code q[AREA] by LEVEL}, or with {@code actual} set {@code actual(q[AREA]) by LEVEL}. */
    record AreaParts(Expr.QuotaRef quota, boolean actual) implements Grouping {
    }
}

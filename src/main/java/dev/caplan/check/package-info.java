/**
 * The check stage. Takes the AST of all files of a model; gives a {@link dev.caplan.check.CheckedModel}
 * (areas, kinds, locations with their capacity segments, definitions in dependency order with
 * their types, reports with expanded columns, quotas and keys, checks) and diagnostics for
 * everything that would make evaluation meaningless: unknown or duplicate names, overlapping
 * segments, fractions of places, cycles, a level where a number is expected. Declarations are
 * sorted by kind with a visitor ({@code ItemsByKind}) and worked through in order; the built-in
 * functions are one table ({@link dev.caplan.check.Builtin}) that types calls; a
 * {@link dev.caplan.check.LocationCache} hands over checked locations a new load may keep.
 * Depends on {@code ast}, {@code diag}, {@code time} and {@code series} (for the aggregation kinds);
 * knows nothing of evaluation or output.
 */
package dev.caplan.check;

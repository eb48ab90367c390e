/**
 * Exact step-function time series: the values a plan computes, such as the capacity of a location.
 *
 * <p><b>Takes:</b> days as {@code int} epoch days from {@link dev.caplan.time.Days} (including the
 * {@code BEGINNING} and {@code END} sentinels for open ends) and exact decimal values as
 * {@link java.math.BigDecimal}.
 *
 * <p><b>Gives:</b> immutable {@link dev.caplan.series.StepSeries} values that are constant between a
 * few change days, with exact pointwise arithmetic, comparisons, restriction to intervals,
 * aggregation over intervals ({@link dev.caplan.series.Aggregation}), and a fast sum of many series.
 *
 * <p>Why step functions: capacities change on a handful of dates, so storing change points (in
 * primitive arrays) instead of one cell per day makes every operation cost proportional to the
 * number of changes, however long the planning horizon. Why {@code long} plus one scale per series:
 * decimal exactness (98.5 + 95 + 20 + 0.8 is 214.3, not 214.29999...) without a BigDecimal per
 * segment. Values that do not fit raise {@link java.lang.ArithmeticException} rather than silently
 * losing digits.
 */
package dev.caplan.series;

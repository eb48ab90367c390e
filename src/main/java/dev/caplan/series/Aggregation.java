package dev.caplan.series;

/**
 * How {@link StepSeries#aggregate} condenses the values of a series over a day interval into one
 * number, e.g. for a monthly report of a daily-changing capacity.
 */
public enum Aggregation {
    /** The value on the first day of the interval. */
    START,
    /** The value on the last day of the interval. */
    END,
    /** The day-weighted mean over the interval. */
    AVERAGE,
    /** The smallest value on any day of the interval. */
    MIN,
    /** The largest value on any day of the interval. */
    MAX,
    /** The sum of the value over all days of the interval, e.g. person-days from a headcount. */
    SUM_OF_DAYS
}

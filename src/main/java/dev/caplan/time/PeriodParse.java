package dev.caplan.time;

/**
 * The outcome of parsing period text: either a period or a message saying what is wrong, with a
 * hint on how to write it.
 *
 * <p>A result value instead of an exception, because bad dates in a plan are ordinary user errors
 * that the interpreter reports as diagnostics alongside others rather than aborting on the first.
 * The hint travels with the message because only the parser knows which form the author meant: a
 * week's numbering needs a different explanation than a date's.
 *
 * @param period the parsed period, or {@code null} when parsing failed
 * @param error  a readable explanation, or {@code null} when parsing succeeded
 * @param hint   how to write the period, or {@code null} when parsing succeeded
 */
public record PeriodParse(Period period, String error, String hint) {

    /** The hint for every form but a week. */
    public static final String DATE_HINT = "write a date as YYYY-MM-DD, or a period as 2023-01, 2023-Q1, 2023-H1 or 2023";

    /** The hint for a week that does not exist: the ISO 8601 numbering is not obvious. */
    public static final String WEEK_HINT = "write a week as YYYY-Www (2023-W01): ISO 8601 weeks run Monday to "
            + "Sunday, week 1 holds the year's first Thursday";

    public PeriodParse {
        if ((period == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of period and error must be given");
        }
    }

    /** Without a hint: a successful parse, or a failure with the general hint. */
    public PeriodParse(Period period, String error) {
        this(period, error, error == null ? null : DATE_HINT);
    }

    /** A successful parse. */
    public static PeriodParse ok(Period period) {
        return new PeriodParse(period, null, null);
    }

    /** A failed parse with its explanation and the general hint. */
    public static PeriodParse failure(String error) {
        return new PeriodParse(null, error, DATE_HINT);
    }

    /** A failed parse with its explanation and a hint of its own. */
    public static PeriodParse failure(String error, String hint) {
        return new PeriodParse(null, error, hint);
    }

    /** Whether a period was parsed. */
    public boolean isOk() {
        return period != null;
    }
}

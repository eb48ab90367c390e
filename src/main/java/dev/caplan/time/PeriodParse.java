package dev.caplan.time;

/**
 * The outcome of parsing period text: either a period or a message saying what is wrong.
 *
 * <p>A result value instead of an exception, because bad dates in a plan are ordinary user errors
 * that the interpreter reports as diagnostics alongside others rather than aborting on the first.
 *
 * @param period the parsed period, or {@code null} when parsing failed
 * @param error  a readable explanation, or {@code null} when parsing succeeded
 */
public record PeriodParse(Period period, String error) {

    public PeriodParse {
        if ((period == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of period and error must be given");
        }
    }

    /** A successful parse. */
    public static PeriodParse ok(Period period) {
        return new PeriodParse(period, null);
    }

    /** A failed parse with its explanation. */
    public static PeriodParse failure(String error) {
        return new PeriodParse(null, error);
    }

    /** Whether a period was parsed. */
    public boolean isOk() {
        return period != null;
    }
}

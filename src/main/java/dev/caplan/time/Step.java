package dev.caplan.time;

import java.util.Optional;

/**
 * The step of a repetition in a plan ("every month", "monthly", ...), tied to the period kind whose
 * periods it walks through.
 */
public enum Step {
    DAILY("daily", PeriodKind.DAY),
    WEEKLY("weekly", PeriodKind.WEEK),
    MONTHLY("monthly", PeriodKind.MONTH),
    QUARTERLY("quarterly", PeriodKind.QUARTER),
    HALF_YEARLY("half-yearly", PeriodKind.HALF_YEAR),
    YEARLY("yearly", PeriodKind.YEAR);

    private final String keyword;
    private final PeriodKind periodKind;

    Step(String keyword, PeriodKind periodKind) {
        this.keyword = keyword;
        this.periodKind = periodKind;
    }

    /** The word a plan author writes for this step. */
    public String keyword() {
        return keyword;
    }

    /** The kind of period one step spans. */
    public PeriodKind periodKind() {
        return periodKind;
    }

    /** The step written as {@code keyword}, if there is one; exact, lower-case match. */
    public static Optional<Step> fromKeyword(String keyword) {
        for (Step step : values()) {
            if (step.keyword.equals(keyword)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /**
     * The day one step after {@code day}: a day or seven days later, or for month-based steps the same
     * day of a later month, clamped like LocalDate.
     */
    public int advance(int day) {
        return advance(day, 1);
    }

    /**
     * The day {@code count} steps after {@code day}, computed in one go rather than step by step so
     * that a month-end start does not drift: 31 January plus two months is 31 March, not 28 March.
     */
    public int advance(int day, int count) {
        Days.requireFinite(day);
        return switch (this) {
            case DAILY -> Math.addExact(day, count);
            case WEEKLY -> Math.addExact(day, Math.multiplyExact(PeriodKind.DAYS_PER_WEEK, count));
            case MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY ->
                    Days.addMonths(day, Math.multiplyExact(periodKind.months(), count));
        };
    }
}

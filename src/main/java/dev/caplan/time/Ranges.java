package dev.caplan.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bounded sequences of dates and periods, the raw material of repetitions in a plan.
 *
 * <p>A typo such as "daily from 2023 to 9023" would otherwise allocate millions of elements, so every
 * range is capped at {@link #MAX_ELEMENTS} and refuses with a message the caller turns into a
 * diagnostic.
 */
public final class Ranges {

    /** The most elements one range may produce. */
    public static final int MAX_ELEMENTS = 100_000;

    private Ranges() {
    }

    /**
     * The dates {@code first}, {@code first + step}, {@code first + 2 steps}, ... that are not after
     * {@code lastInclusive}; empty when {@code first} is after it. Each date is computed from
     * {@code first} so that month-end dates are clamped without drifting (Jan 31, Feb 28, Mar 31).
     *
     * @throws IllegalArgumentException when more than {@link #MAX_ELEMENTS} dates would result
     */
    public static int[] dates(int first, int lastInclusive, Step step) {
        Days.requireFinite(first);
        Days.requireFinite(lastInclusive);
        int[] result = new int[16];
        int count = 0;
        for (int day = first; day <= lastInclusive; day = step.advance(first, count)) {
            if (count == MAX_ELEMENTS) {
                throw tooMany("dates", Days.format(first), Days.format(lastInclusive), step);
            }
            if (count == result.length) {
                result = Arrays.copyOf(result, result.length * 2);
            }
            result[count++] = day;
        }
        return Arrays.copyOf(result, count);
    }

    /**
     * The periods of the step's kind from the one containing {@code first.start()} up to and including
     * the one containing {@code lastInclusive.start()}; empty when the first comes after the last.
     *
     * @throws IllegalArgumentException when more than {@link #MAX_ELEMENTS} periods would result
     */
    public static List<Period> periods(Period first, Period lastInclusive, Step step) {
        PeriodKind kind = step.periodKind();
        Period last = Period.containing(kind, lastInclusive.start());
        List<Period> result = new ArrayList<>();
        for (Period p = Period.containing(kind, first.start()); p.start() <= last.start(); p = p.next()) {
            if (result.size() == MAX_ELEMENTS) {
                throw tooMany("periods", first.label(), lastInclusive.label(), step);
            }
            result.add(p);
        }
        return List.copyOf(result);
    }

    private static IllegalArgumentException tooMany(String what, String from, String to, Step step) {
        return new IllegalArgumentException("the " + step.keyword() + " range from " + from + " to " + to
                + " has more than " + MAX_ELEMENTS + " " + what + "; shorten it or use a longer step");
    }
}

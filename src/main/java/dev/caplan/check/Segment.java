package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/**
 * Places of one location on [from, until) in epoch days; the bounds may be the open sentinels of
 * {@code Days}. {@code low} and {@code high} bound an uncertain number of places ({@code 400..600});
 * both are null for an exact number. {@code places} is null when the number is not known
 * ({@code capacity ?}, a {@code ?} cell): the location has places then, but how many is unknown.
 * {@code kind} is the kind of these places: the location's, or the one its line names.
 */
public record Segment(int from, int until, BigDecimal places, boolean tentative, BigDecimal low, BigDecimal high,
                      Category kind, Span span) {

    public Segment(int from, int until, BigDecimal places, boolean tentative, Category kind, Span span) {
        this(from, until, places, tentative, null, null, kind, span);
    }

    /** The same places on other days. */
    public Segment during(int newFrom, int newUntil) {
        return new Segment(newFrom, newUntil, places, tentative, low, high, kind, span);
    }

    /** The same places, firm: an exercised option makes tentative places certain. */
    public Segment firm(int newUntil) {
        return new Segment(from, newUntil, places, false, low, high, kind, span);
    }

    /** The same number and kind of places on other days, given by another line (an option's). */
    public Segment copied(int newFrom, int newUntil, Span newSpan) {
        return new Segment(newFrom, newUntil, places, false, low, high, kind, newSpan);
    }

    /** Whether the number of places is not known. */
    public boolean unknown() {
        return places == null;
    }

    /** The places, or 0 where they are not known (to be read only with the days they are known). */
    public BigDecimal placesOrZero() {
        return places != null ? places : BigDecimal.ZERO;
    }

    public BigDecimal lowOrPlaces() {
        return low != null ? low : placesOrZero();
    }

    public BigDecimal highOrPlaces() {
        return high != null ? high : placesOrZero();
    }
}

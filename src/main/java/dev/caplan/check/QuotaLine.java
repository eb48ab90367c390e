package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/**
 * One line of a quota or actual for one area: a level from {@code from} (until the next line of
 * the area, or {@code until}), or a flow amount for the period [from, until). A {@code structural}
 * flow line ({@code IJsselland 650 from 2024-H1}) gives the amount for every period of [from,
 * until), {@code until} being {@link dev.caplan.time.Days#END} when open-ended; it holds until the
 * area's next structural line, and a line for one period overrides it there. {@code low} and
 * {@code high} bound an uncertain value ({@code 1000 ± 35%}); null for an exact one.
 */
public record QuotaLine(String area, int from, int until, BigDecimal value, boolean tentative, BigDecimal low,
                        BigDecimal high, boolean structural, Span span) {

    /** The same amount for every period from this line's until {@code newUntil}: a structural flow line. */
    QuotaLine structuralUntil(int newUntil) {
        return new QuotaLine(area, from, newUntil, value, tentative, low, high, true, span);
    }

    public BigDecimal lowOrValue() {
        return low != null ? low : value;
    }

    public BigDecimal highOrValue() {
        return high != null ? high : value;
    }
}

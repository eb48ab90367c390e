package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/**
 * One line of a quota or actual for one area: a level from {@code from} (until the next line of
 * the area, or {@code until}), or a flow amount for the period [from, until). {@code low} and
 * {@code high} bound an uncertain value ({@code 1000 ± 35%}); null for an exact one.
 */
public record QuotaLine(String area, int from, int until, BigDecimal value, boolean tentative, BigDecimal low,
                        BigDecimal high, Span span) {

    public BigDecimal lowOrValue() {
        return low != null ? low : value;
    }

    public BigDecimal highOrValue() {
        return high != null ? high : value;
    }
}

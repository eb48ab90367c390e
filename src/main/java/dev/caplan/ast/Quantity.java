package dev.caplan.ast;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/**
 * A number as written, exact: {@code 550}, {@code 100?} (tentative), {@code 5.77%} (a percentage,
 * stored as the fraction 0.0577), {@code -6} where a sign is allowed.
 */
public record Quantity(BigDecimal value, boolean tentative, boolean percent, Span span) {

    /** The number in source form. */
    public String source() {
        String number = percent ? value.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : value.toPlainString();
        return number + (tentative ? "?" : "");
    }
}

package dev.caplan.ast;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/**
 * A number as written, exact: {@code 550}, {@code 100?} (tentative), {@code 5.77%} (a percentage,
 * stored as the fraction 0.0577), {@code -6} where a sign is allowed, and uncertain numbers:
 * {@code 400..600} (expected: the middle) and {@code 1000 ± 35%} or {@code 1000 ± 50}, which
 * carry a low and a high bound ({@code low} and {@code high} are null for an exact number).
 * {@code written} keeps the range part as written, for printing.
 */
public record Quantity(BigDecimal value, boolean tentative, boolean percent, BigDecimal low, BigDecimal high,
                       String written, Span span) {

    /** An exact number. */
    public Quantity(BigDecimal value, boolean tentative, boolean percent, Span span) {
        this(value, tentative, percent, null, null, null, span);
    }

    public boolean isRange() {
        return low != null;
    }

    /** The number in source form. */
    public String source() {
        String number = written != null ? written : percent
                ? value.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : value.toPlainString();
        return number + (tentative ? "?" : "");
    }

    /** The same number with its sign flipped (for {@code -6}); a range flips its bounds. */
    public Quantity negate(Span wider) {
        String text = written == null ? null : "-" + written;
        return new Quantity(value.negate(), tentative, percent, high == null ? null : high.negate(),
                low == null ? null : low.negate(), text, wider);
    }
}

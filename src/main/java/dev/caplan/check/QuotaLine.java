package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/**
 * One line of a quota or actual for one area: a level from {@code from} (until the next line of
 * the area, or {@code until}), or a flow amount for the period [from, until).
 */
public record QuotaLine(String area, int from, int until, BigDecimal value, boolean tentative, Span span) {
}

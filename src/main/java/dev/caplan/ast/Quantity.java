package dev.caplan.ast;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/** A number as written, exact, with the tentative marker of {@code 100?}. */
public record Quantity(BigDecimal value, boolean tentative, Span span) {
}

package dev.caplan.check;

import dev.caplan.source.Span;
import java.math.BigDecimal;

/** Places of one location on [from, until) in epoch days; the bounds may be the open sentinels of {@code Days}. */
public record Segment(int from, int until, BigDecimal places, boolean tentative, Span span) {
}

package dev.caplan.ast;

import dev.caplan.source.Span;

/**
 * One entry of a column list or an {@code over} clause: a single period, or a range
 * {@code first .. last} with an optional step name ({@code monthly}, ...). {@code last} and
 * {@code step} are null when absent.
 */
public record ColumnSpec(PeriodLit first, PeriodLit last, Name step, Span span) {

    public boolean isRange() {
        return last != null;
    }
}

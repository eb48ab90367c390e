package dev.caplan.ast;

import dev.caplan.source.Span;
import dev.caplan.time.Period;

/**
 * A period as written ({@code 2023-01-01}, {@code 2023-01}, {@code 2023-Q1}, {@code 2023-H1},
 * {@code 2023}). {@code period} is null when the text is not a real period; the AST builder has
 * then reported it, and later stages skip what depends on it.
 */
public record PeriodLit(String text, Period period, Span span) {

    public boolean isValid() {
        return period != null;
    }
}

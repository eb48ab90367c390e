package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/**
 * How a report writes its numbers, as written: {@code percent 1}, {@code decimals 0},
 * {@code thousands "."}. Each part is a word with at most one argument, a number or a quoted text;
 * which words exist and what they take is the checker's business, as for {@code aggregate}.
 */
public record FormatSpec(List<Part> parts, Span span) {
    public FormatSpec {
        parts = List.copyOf(parts);
    }

    /** {@code percent 1}: {@code number} or {@code text} (unquoted) is the argument, or both are null. */
    public record Part(Name word, String number, String text, Span span) {
    }
}

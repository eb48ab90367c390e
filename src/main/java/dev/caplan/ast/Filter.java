package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/** A filter inside {@code capacity[...]}. */
public sealed interface Filter {

    Span span();

    /** A bare name: an area if one has that name, otherwise a location. */
    record Bare(Name name, Span span) implements Filter {
    }

    /** {@code kind = AZC}, {@code kind != NO}, {@code kind in (AZC, NO)}, {@code location not in (...)}. */
    record Attribute(FilterAttribute attribute, boolean negated, boolean list, List<Name> values, Span span)
            implements Filter {
        public Attribute {
            values = List.copyOf(values);
        }
    }
}

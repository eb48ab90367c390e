package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/** A filter inside {@code capacity[...]}. */
public sealed interface Filter {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of filter; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitBare(Bare filter);

        R visitAttribute(Attribute filter);
    }

    /** A bare name: an area if one has that name, otherwise a location. */
    record Bare(Name name, Span span) implements Filter {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBare(this);
        }
    }

    /** {@code kind = AZC}, {@code kind != NO}, {@code kind in (AZC, NO)}, {@code location not in (...)}. */
    record Attribute(FilterAttribute attribute, boolean negated, boolean list, List<Name> values, Span span)
            implements Filter {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAttribute(this);
        }

        public Attribute {
            values = List.copyOf(values);
        }
    }
}

package dev.caplan.check;

import dev.caplan.source.Span;

/** A declared location kind or target group; {@code order} is declaration order. */
public record Category(String name, String description, int order, Span span) {
}

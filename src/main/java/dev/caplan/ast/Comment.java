package dev.caplan.ast;

import dev.caplan.source.Span;

/**
 * A {@code # ...} comment of a file: not part of the tree (it means nothing to the model), but a
 * formatter must put it back where it belongs. {@code text} starts with the {@code #};
 * {@code ownLine} says nothing but blanks stand before it on its line.
 */
public record Comment(Span span, String text, boolean ownLine) {
}

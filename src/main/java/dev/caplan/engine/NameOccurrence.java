package dev.caplan.engine;

import dev.caplan.source.Span;

/**
 * One name as it stands in a model's text: {@code name} without quotes, the {@code kind} of what it
 * names ({@code location}, {@code let}, {@code quota}, {@code area}, {@code function}, ...; for a
 * reference the kind of its declaration, {@code unknown} when nothing declares it), its span (quotes
 * included when it is quoted), whether it is the declaration itself, and the {@code symbol} it
 * stands for: the same for a declaration and every reference to it ({@code "let cno"}), different
 * for two things that share a name ({@code "table cno"}). An editor's hover, go to definition,
 * references and rename work on these.
 */
public record NameOccurrence(String name, String kind, Span span, boolean declaration, String symbol) {

    /** Whether the character at {@code offset} of {@code span}'s file is part of this name (or just after it). */
    public boolean covers(int offset) {
        return span.start() <= offset && offset <= span.end();
    }
}

package dev.caplan.engine;

import dev.caplan.source.Span;

/**
 * One name as it stands in a model's text: {@code name} without quotes, the {@code kind} of what it
 * names ({@code location}, {@code let}, {@code quota}, {@code area}, {@code function}, ...; for a
 * reference the kind of its declaration, {@code unknown} when nothing declares it), its span (quotes
 * included when it is quoted), and whether it is the declaration itself. An editor's hover, go to
 * definition, references and rename work on these.
 */
public record NameOccurrence(String name, String kind, Span span, boolean declaration) {

    /** Whether the character at {@code offset} of {@code span}'s file is part of this name (or just after it). */
    public boolean covers(int offset) {
        return span.start() <= offset && offset <= span.end();
    }
}

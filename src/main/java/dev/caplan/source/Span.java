package dev.caplan.source;

/**
 * A half-open range of characters [start, end) in one source file. Every AST node and every
 * diagnostic carries one, so errors point at text and the REPL can rewrite exactly one span.
 */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int line() {
        return file.lineOf(start);
    }

    public int column() {
        return file.columnOf(start);
    }

    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    /** The smallest span that covers both; both must be in the same file. */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    /** {@code file:line:col}, the form editors and terminals make clickable. */
    public String location() {
        return file.displayName() + ":" + line() + ":" + column();
    }

    @Override
    public String toString() {
        return location();
    }
}

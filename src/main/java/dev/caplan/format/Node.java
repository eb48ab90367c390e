package dev.caplan.format;

import dev.caplan.ast.Comment;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One declaration or entry as the formatter prints it: a line, or a block (a head line ending in
 * {@code {}, its children, a closing brace), with the comments placed on it. The comments are
 * collected while the file is read, so the lists are filled after construction.
 */
final class Node {
    /** A line's text, or a block's head line ending in {@code " {"}. */
    final String text;
    /** Where this node's text was in the file. */
    final Span span;
    /** Lines of one run with the same key have their {@link #padAt} positions aligned; null: not aligned. */
    final String alignKey;
    /** Where padding goes in {@link #text} to align a run (after the name of a definition). */
    final int padAt;
    /** The offset of a block's opening brace in the file; -1 for a line. */
    final int brace;
    final List<Node> children;

    /** Own-line comments printed before the node (and comments from inside a line, which cannot stay there). */
    final List<Comment> leading = new ArrayList<>();
    /** The comment at the end of the node's last line, and the comments that continue it on the lines below. */
    final List<Comment> trailing = new ArrayList<>();
    /** Comments after a block's opening brace, on its line. */
    final List<Comment> afterBrace = new ArrayList<>();
    /** Comments after a block's last child, before its closing brace. */
    final List<Comment> closing = new ArrayList<>();

    private Node(String text, Span span, String alignKey, int padAt, int brace, List<Node> children) {
        this.text = text;
        this.span = span;
        this.alignKey = alignKey;
        this.padAt = padAt;
        this.brace = brace;
        this.children = children;
    }

    static Node line(String text, Span span) {
        return new Node(text, span, null, -1, -1, List.of());
    }

    static Node aligned(String text, Span span, String alignKey, int padAt) {
        return new Node(text, span, alignKey, padAt, -1, List.of());
    }

    static Node block(String head, Span span, int brace, List<Node> children) {
        return new Node(head, span, null, -1, brace, children);
    }

    boolean isBlock() {
        return brace >= 0;
    }

    /** The same node under a prefix ({@code add} in a scenario) that widens its span. */
    Node prefixed(String prefix, Span wider) {
        return new Node(prefix + text, wider, alignKey, padAt < 0 ? -1 : padAt + prefix.length(), brace, children);
    }
}

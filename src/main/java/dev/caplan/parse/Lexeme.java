package dev.caplan.parse;

/** A piece of text [start, end) of one kind. */
public record Lexeme(int start, int end, TokenKind kind) {
}

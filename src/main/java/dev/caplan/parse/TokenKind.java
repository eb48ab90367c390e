package dev.caplan.parse;

/** What a piece of REPL input is, for syntax colouring; the REPL never sees ANTLR's token types. */
public enum TokenKind { KEYWORD, NAME, STRING, NUMBER, PERIOD, OPERATOR, COMMENT, ERROR, OTHER }

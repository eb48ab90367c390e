/**
 * The parse stage. Takes a {@link dev.caplan.source.SourceFile}; gives AST items
 * ({@link dev.caplan.ast}) and syntax diagnostics. The only package that sees ANTLR: the grammar
 * lives in {@code grammar/}, its generated code in {@code target/} under
 * {@code dev.caplan.parse.antlr}, and no ANTLR type appears in a public signature here.
 */
package dev.caplan.parse;

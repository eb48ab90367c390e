/**
 * The abstract syntax tree: immutable records under sealed interfaces ({@link dev.caplan.ast.Item},
 * {@link dev.caplan.ast.Expr}, ...), each with its source span, plus {@link dev.caplan.ast.Printer}
 * which prints a tree back as canonical caplan text (the start of a formatter and the other half
 * of the parse → print → parse round trip). Takes nothing from ANTLR; depends on {@code source}
 * and {@code time}.
 */
package dev.caplan.ast;

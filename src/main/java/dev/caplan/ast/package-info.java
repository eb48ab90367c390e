/**
 * The abstract syntax tree: immutable records under sealed interfaces ({@link dev.caplan.ast.Item},
 * {@link dev.caplan.ast.Expr}, {@link dev.caplan.ast.LocationEntry}, ...), each with its source span
 * and a visitor interface, so code that treats kinds differently breaks at compile time when a kind
 * is added. Every declaration says its {@link dev.caplan.ast.ItemKind} and how it is identified
 * ({@link dev.caplan.ast.Item#identifier()}, {@link dev.caplan.ast.Item.Named}).
 * {@link dev.caplan.ast.ExprWalker} visits every node of an expression; {@link dev.caplan.ast.UnitChanges}
 * tells which files an edit parsed again; {@link dev.caplan.ast.Printer} prints a tree back as
 * canonical caplan text (the other half of the parse → print → parse round trip). Takes nothing
 * from ANTLR; depends on {@code source} and {@code time}.
 */
package dev.caplan.ast;

/**
 * The parse stage. Takes a {@link dev.caplan.source.SourceFile}; gives AST items
 * ({@link dev.caplan.ast}) and syntax diagnostics. The only package that sees ANTLR: the grammar
 * lives in {@code grammar/}, its generated code in {@code target/} under
 * {@code dev.caplan.parse.antlr}, and no ANTLR type appears in a public signature here.
 *
 * <p>{@link dev.caplan.parse.ModelParser} is the door. The AST is built by visitors of the
 * generated {@code CaplanVisitor}, one builder per family of labelled grammar alternatives
 * ({@code ItemBuilder}, {@code LocationEntryBuilder}, {@code ReportEntryBuilder},
 * {@code QuotaEntryBuilder}, {@code ScenarioBuilder}, {@code ExprBuilder}, {@code FilterBuilder},
 * {@code ReplBuilder}), each with one small {@code visitXxx} method per alternative; they share the
 * atoms (names, quantities, periods, spans) in {@code Atoms}, and {@code AstBuilder} wires them for
 * one file. Their common base {@code Builder} throws for any alternative its builder does not
 * handle, instead of returning null, and {@code BuilderCoverageTest} checks that every labelled
 * alternative of the grammar has a builder.
 */
package dev.caplan.parse;

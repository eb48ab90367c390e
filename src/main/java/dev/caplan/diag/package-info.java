/**
 * Diagnostics as values. Every stage takes a {@link dev.caplan.diag.Diagnostics} collector and
 * adds {@link dev.caplan.diag.Diagnostic}s (severity, stable {@link dev.caplan.diag.Code}, message,
 * span, hint) instead of throwing; {@link dev.caplan.diag.DiagnosticRenderer} renders them in the
 * one format the CLI, the REPL and the golden tests share. Depends only on {@code source}.
 */
package dev.caplan.diag;

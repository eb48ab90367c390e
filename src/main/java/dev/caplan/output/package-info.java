/**
 * All text made from results: result tables in one of four formats (an aligned terminal table,
 * Markdown, tidy CSV and JSON: {@link dev.caplan.output.Format}), values in running text
 * ({@link dev.caplan.output.Prose}), explanation trees ({@link dev.caplan.output.Explanations}),
 * check findings as diagnostics ({@link dev.caplan.output.Findings}), bar charts
 * ({@link dev.caplan.output.BarChart}), and diagnostics for programs: JSON
 * ({@link dev.caplan.output.DiagnosticJson}) and SARIF 2.1.0 ({@link dev.caplan.output.Sarif}),
 * chosen by {@link dev.caplan.output.DiagnosticFormat}.
 *
 * <p>Rendering is kept apart from evaluation so that every format shows the same numbers the same
 * way: {@link dev.caplan.output.Numbers} is the one place that decides how a value is written.
 * Output is deterministic and uses {@code \n} line endings, so it can be compared with golden files.
 * Depends on {@code result} (never on {@code eval}).
 *
 * <p>This is the only package allowed to use Jackson; no Jackson type appears in its public API, so
 * the rest of caplan does not depend on that library.
 */
package dev.caplan.output;

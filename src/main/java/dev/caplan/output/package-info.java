/**
 * Turns evaluated {@link dev.caplan.result.ResultTable}s into text in one of four formats: an aligned
 * terminal table, Markdown, tidy CSV and JSON ({@link dev.caplan.output.Format}).
 *
 * <p>Rendering is kept apart from evaluation so that every format shows the same numbers the same
 * way: {@link dev.caplan.output.Numbers} is the one place that decides how a value is written.
 * Output is deterministic and uses {@code \n} line endings, so it can be compared with golden files.
 *
 * <p>This is the only package allowed to use Jackson; no Jackson type appears in its public API, so
 * the rest of caplan does not depend on that library.
 */
package dev.caplan.output;

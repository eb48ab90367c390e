/**
 * Calendar days and calendar periods for the planning language.
 *
 * <p><b>Takes:</b> calendar dates as numbers ({@link dev.caplan.time.Days#of}) or as the period
 * text a plan author writes ("2023-01-01", "2023-W01", "2023-01", "2023-Q1", "2023-H1", "2023"),
 * and step keywords such as "monthly".
 *
 * <p><b>Gives:</b> days as plain {@code int} epoch days (the same numbering as
 * {@link java.time.LocalDate#toEpochDay()}) so that time series can keep them in primitive arrays;
 * {@link dev.caplan.time.Period} values with canonical labels; parse results that carry a readable
 * error instead of throwing; and bounded date and period ranges for {@code every}-style loops.
 *
 * <p>Only the JDK is used; every type here is immutable.
 */
package dev.caplan.time;

/**
 * What evaluation gives the rest of caplan: result tables (rows × columns of cells with their
 * expected, firm and bounding values, or unknown), explanations as trees, and the values a change
 * moved. Plain records with no behaviour beyond their shape, so that {@code eval} can make them
 * and {@code output} can write them without either reaching into the other.
 */
package dev.caplan.result;

/**
 * The evaluate stage. Takes a {@link dev.caplan.check.CheckedModel}; gives {@link dev.caplan.eval.Value}s
 * (step series, twice: expected and firm, with bounds and unknown days) and lays them out as
 * {@link dev.caplan.result.ResultTable}s for reports and queries; explains values as trees and runs
 * checks into findings ({@link dev.caplan.result}). Remembers definition values, and
 * {@link dev.caplan.eval.Recompute} is the one owner of incremental recompute after an edit. Never
 * prints; problems found while computing become {@link dev.caplan.eval.EvalException}s with a code
 * and hint, which the engine turns into diagnostics.
 */
package dev.caplan.eval;

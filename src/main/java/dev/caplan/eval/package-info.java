/**
 * The evaluate stage. Takes a {@link dev.caplan.check.CheckedModel}; gives {@link dev.caplan.eval.Value}s
 * (step series, twice: expected and firm) and lays them out as {@link dev.caplan.result.ResultTable}s for
 * reports and queries. Remembers definition values so a change recomputes only its dependents.
 * Never prints; problems found while computing become {@link dev.caplan.eval.EvalException}s that
 * the engine turns into diagnostics.
 */
package dev.caplan.eval;

package dev.caplan.eval;

import dev.caplan.diag.Code;
import dev.caplan.source.Limits;
import dev.caplan.source.Span;

/**
 * No report or query lays out more than {@link Limits#CELLS} cells: {@code by location} over
 * seventy thousand locations and ten years of days would fill the heap, and no one can read it.
 * Checked before the cells are made.
 */
final class LayoutLimit {

    private LayoutLimit() {
    }

    /** Throws when {@code cells} is past the limit; {@code where} is the row that takes it past (may be null). */
    static void check(long cells, Span where) {
        if (cells > Limits.CELLS) {
            throw new EvalException(Code.LIMIT, where, "more than " + Limits.CELLS + " cells (rows × columns) in one table",
                    "fewer columns (monthly instead of daily) or rows (group by region instead of by location)");
        }
    }
}

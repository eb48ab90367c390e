package dev.caplan.memo;

import dev.caplan.diag.Diagnostic;
import dev.caplan.output.ChartSize;
import dev.caplan.result.ChartData;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultTable;
import java.util.List;

/** What a block's line or an inline value shows once the model has answered it. */
sealed interface Shown {

    /** A report or a query's answer. */
    record Tables(List<ResultTable> tables) implements Shown {
        public Tables {
            tables = List.copyOf(tables);
        }
    }

    /** A chart, and its size on the page. */
    record Chart(ChartData chart, ChartSize size) implements Shown {
    }

    /** One number in running text. */
    record Value(ResultCell cell, NumberFormat format) implements Shown {
    }

    /** An explanation tree, as text. */
    record Explained(String tree) implements Shown {
    }

    /**
     * The checks' verdict: {@code failed} checks, and what the checks found (failures, warnings),
     * each with where in the model it is ({@code places}, the same order).
     */
    record Checked(int checks, int reported, long failed, List<Diagnostic> findings, List<String> places)
            implements Shown {
        public Checked {
            findings = List.copyOf(findings);
            places = List.copyOf(places);
        }

        /** "2 checks and 13 reported figures: 1 check fails, 4 warnings", or "...: all hold". */
        String verdict() {
            long warnings = findings.stream().filter(d -> !d.isError()).count();
            String what = checks + (checks == 1 ? " check" : " checks") + " and " + reported
                    + (reported == 1 ? " reported figure" : " reported figures") + ": ";
            if (failed == 0 && warnings == 0) {
                return what + "all hold";
            }
            return what + (failed > 0 ? failed + (failed == 1 ? " check fails" : " checks fail") : "no check fails")
                    + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "");
        }
    }

    /** It could not be shown: the diagnostics say why, and the document shows them in its place. */
    record Failed(List<Diagnostic> diagnostics) implements Shown {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}

package dev.caplan.output;

import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.result.PlanDiff;
import dev.caplan.result.ValueChange;
import java.util.ArrayList;
import java.util.List;

/**
 * A diff for the terminal: the summary line, then declarations, the values that moved per report
 * in aligned columns (unchanged rows left out and counted), the checks and figures whose outcome
 * changed with what they found before and after, and new diagnostics.
 */
final class DiffText {

    private DiffText() {
    }

    static String render(PlanDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("caplan diff ").append(diff.before()).append(" → ").append(diff.after()).append(": ")
                .append(DiffWords.summary(diff)).append('\n');
        if (!diff.declarations().isEmpty()) {
            out.append("\nDeclarations\n");
            for (PlanDiff.DeclarationChange change : diff.declarations()) {
                out.append("  ").append(DiffWords.declaration(change));
                if (change.change() != PlanDiff.Change.CHANGED) {
                    out.append(": ").append(DiffWords.details(change).get(0)).append('\n');
                    continue;
                }
                out.append('\n');
                for (String detail : change.details()) {
                    out.append("    ").append(detail).append('\n');
                }
            }
        }
        for (PlanDiff.ScenarioResults results : diff.results()) {
            String scenario = DiffWords.scenario(results);
            String suffix = scenario.isEmpty() ? "" : " (" + scenario + ")";
            if (results.reports().stream().anyMatch(PlanDiff.ReportChange::changed)) {
                out.append("\nReports").append(suffix).append('\n');
                for (PlanDiff.ReportChange report : results.reports()) {
                    if (report.changed()) {
                        out.append("  ").append(DiffWords.reportLine(report)).append('\n');
                        if (!report.moved().isEmpty()) {
                            out.append(table(report.moved()));
                        }
                    }
                }
                List<String> unchanged = DiffWords.unchanged(results);
                if (!unchanged.isEmpty()) {
                    out.append("  unchanged: ").append(String.join(", ", unchanged)).append('\n');
                }
            } else {
                out.append("\nReports").append(suffix).append(": no value moved\n");
            }
            if (!results.outcomes().isEmpty()) {
                out.append("\nChecks and reported figures").append(suffix).append('\n');
                for (PlanDiff.OutcomeChange change : results.outcomes()) {
                    out.append("  ").append(DiffWords.outcomeName(change)).append(": ")
                            .append(DiffWords.outcomeStates(change)).append('\n');
                    if (change.present() != PlanDiff.Presence.ONLY_AFTER) {
                        out.append("    was: ").append(DiffWords.found(change, change.before())).append('\n');
                    }
                    if (change.present() != PlanDiff.Presence.ONLY_BEFORE) {
                        out.append("    now: ").append(DiffWords.found(change, change.after())).append('\n');
                    }
                }
            }
        }
        if (!diff.newDiagnostics().isEmpty()) {
            out.append("\nNew diagnostics in ").append(diff.after()).append('\n');
            out.append(DiagnosticRenderer.render(diff.newDiagnostics()));
        }
        return out.toString();
    }

    /** The moved cells of one report, aligned: row, column, before, after, difference. */
    private static String table(List<ValueChange> moved) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"row", "column", "before", "after", "difference"});
        for (ValueChange change : moved) {
            lines.add(new String[] {change.row(), change.column(), DiffWords.amount(change.before()),
                DiffWords.amount(change.after()), DiffWords.difference(change)});
        }
        int[] width = new int[5];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder("    ");
            for (int c = 0; c < line.length; c++) {
                text.append(c < 2 ? pad(line[c], width[c]) : padLeft(line[c], width[c])).append("  ");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}

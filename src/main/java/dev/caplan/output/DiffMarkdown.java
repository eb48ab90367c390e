package dev.caplan.output;

import dev.caplan.diag.Diagnostic;
import dev.caplan.result.PlanDiff;
import dev.caplan.result.ValueChange;
import java.util.List;

/**
 * A diff as a pull-request comment: one summary line first, then the checks and figures whose
 * outcome changed (the verdicts a reviewer must see), then the details folded in
 * {@code <details>}: declarations changed, and the values that moved per report as a table.
 */
final class DiffMarkdown {

    private DiffMarkdown() {
    }

    static String render(PlanDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("**caplan diff** `").append(diff.before()).append("` → `").append(diff.after()).append("`: ")
                .append(DiffWords.summary(diff)).append('\n');
        for (PlanDiff.ScenarioResults results : diff.results()) {
            if (results.outcomes().isEmpty()) {
                continue;
            }
            String scenario = DiffWords.scenario(results);
            out.append("\nChecks and reported figures").append(scenario.isEmpty() ? "" : " (" + scenario + ")")
                    .append(":\n\n");
            for (PlanDiff.OutcomeChange change : results.outcomes()) {
                out.append("- **").append(escape(DiffWords.outcomeName(change))).append("**: ")
                        .append(DiffWords.outcomeStates(change)).append('\n');
                if (change.present() != PlanDiff.Presence.ONLY_AFTER) {
                    out.append("  - was: ").append(escape(DiffWords.found(change, change.before()))).append('\n');
                }
                if (change.present() != PlanDiff.Presence.ONLY_BEFORE) {
                    out.append("  - now: ").append(escape(DiffWords.found(change, change.after()))).append('\n');
                }
            }
        }
        if (!diff.declarations().isEmpty()) {
            out.append("\n<details><summary>Declarations changed (").append(diff.declarations().size())
                    .append(")</summary>\n\n");
            for (PlanDiff.DeclarationChange change : diff.declarations()) {
                out.append("- `").append(DiffWords.declaration(change).replace("`", "'")).append("`: ")
                        .append(escape(String.join("; ", DiffWords.details(change)))).append('\n');
            }
            out.append("\n</details>\n");
        }
        for (PlanDiff.ScenarioResults results : diff.results()) {
            String scenario = DiffWords.scenario(results);
            List<PlanDiff.ReportChange> changed = results.reports().stream().filter(PlanDiff.ReportChange::changed).toList();
            if (changed.isEmpty()) {
                continue;
            }
            long withValues = changed.stream().filter(r -> !r.moved().isEmpty()).count();
            out.append("\n<details><summary>Reports").append(scenario.isEmpty() ? "" : " (" + scenario + ")")
                    .append(": ").append(DiffWords.count(results.movedValues(), "value")).append(" moved in ")
                    .append(DiffWords.count((int) withValues, "report"))
                    .append(changed.size() > withValues ? ", " + (changed.size() - withValues) + " added or removed" : "")
                    .append("</summary>\n");
            for (PlanDiff.ReportChange report : changed) {
                out.append("\n**").append(escape(DiffWords.reportLine(report))).append("**\n");
                if (!report.moved().isEmpty()) {
                    out.append("\n| row | column | before | after | difference |\n|---|---|--:|--:|--:|\n");
                    for (ValueChange change : report.moved()) {
                        out.append("| ").append(escape(change.row())).append(" | ").append(escape(change.column()))
                                .append(" | ").append(escape(DiffWords.amount(change.before())))
                                .append(" | ").append(escape(DiffWords.amount(change.after())))
                                .append(" | ").append(escape(DiffWords.difference(change))).append(" |\n");
                    }
                }
            }
            List<String> unchanged = DiffWords.unchanged(results);
            if (!unchanged.isEmpty()) {
                out.append("\nUnchanged: ").append(escape(String.join(", ", unchanged))).append(".\n");
            }
            out.append("\n</details>\n");
        }
        if (!diff.newDiagnostics().isEmpty()) {
            out.append("\n<details><summary>New diagnostics (").append(diff.newDiagnostics().size())
                    .append(")</summary>\n\n");
            for (Diagnostic d : diff.newDiagnostics()) {
                out.append("- ").append(d.span() == null ? "" : "`" + d.span().location() + "` ")
                        .append(d.severity().label()).append(": ").append(escape(d.message()))
                        .append(" [").append(d.code().id()).append("]\n");
            }
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    /** Text that Markdown must not read as markup: table pipes, emphasis, HTML. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}

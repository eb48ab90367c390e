package dev.caplan.output;

import dev.caplan.diag.Diagnostic;
import dev.caplan.result.Finding;
import dev.caplan.result.PlanDiff;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ValueChange;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A diff for programs: the same parts as the text, with exact numbers (a cell as expected, firm,
 * bounds, known, partial; null for a cell a version does not have), outcomes as a state and the
 * message {@code caplan check} gives, diagnostics with file, line and column. Property order is
 * fixed by building the tree by hand.
 */
final class DiffJson {
    private DiffJson() {
    }

    static String render(PlanDiff diff) {
        ObjectNode root = JsonTrees.object();
        root.put("before", diff.before());
        root.put("after", diff.after());
        root.put("summary", DiffWords.summary(diff));
        root.put("resultsChanged", diff.resultsChanged());
        ArrayNode declarations = root.putArray("declarations");
        for (PlanDiff.DeclarationChange change : diff.declarations()) {
            ObjectNode node = declarations.addObject();
            node.put("kind", change.kind());
            node.put("name", change.name());
            node.put("change", change.change().name().toLowerCase(Locale.ROOT));
            ArrayNode details = node.putArray("details");
            change.details().forEach(details::add);
        }
        ArrayNode results = root.putArray("results");
        for (PlanDiff.ScenarioResults scenario : diff.results()) {
            ObjectNode node = results.addObject();
            node.put("scenario", scenario.scenario());
            ArrayNode reports = node.putArray("reports");
            for (PlanDiff.ReportChange report : scenario.reports()) {
                ObjectNode r = reports.addObject();
                r.put("name", report.report());
                r.put("title", report.title());
                r.put("change", report.change().name().toLowerCase(Locale.ROOT));
                r.put("rows", report.rows());
                r.put("changedRows", report.changedRows());
                ArrayNode moved = r.putArray("moved");
                for (ValueChange change : report.moved()) {
                    ObjectNode m = moved.addObject();
                    m.put("row", change.row());
                    m.put("column", change.column());
                    m.set("before", cell(change.before()));
                    m.set("after", cell(change.after()));
                    m.set("difference", difference(change.before(), change.after()));
                }
            }
            ArrayNode outcomes = node.putArray("outcomes");
            for (PlanDiff.OutcomeChange change : scenario.outcomes()) {
                ObjectNode o = outcomes.addObject();
                o.put("what", change.what());
                o.put("label", change.label());
                o.put("present", change.present().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                o.set("before", outcome(change, change.before(), change.present() != PlanDiff.Presence.ONLY_AFTER));
                o.set("after", outcome(change, change.after(), change.present() != PlanDiff.Presence.ONLY_BEFORE));
            }
        }
        ArrayNode diagnostics = root.putArray("newDiagnostics");
        diff.newDiagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return JsonTrees.write(root);
    }

    private static ObjectNode cell(ResultCell cell) {
        if (cell == null) {
            return null;
        }
        ObjectNode node = JsonTrees.object();
        node.put("known", cell.isKnown());
        node.put("value", cell.value());
        node.put("firm", cell.firm());
        if (cell.hasBounds()) {
            node.put("low", cell.low());
            node.put("high", cell.high());
        }
        node.put("tentative", cell.tentative());
        node.put("partial", cell.partial());
        return node;
    }

    /** After minus before, expected and firm; null unless both are known. */
    private static ObjectNode difference(ResultCell before, ResultCell after) {
        if (before == null || after == null || !before.isKnown() || !after.isKnown()) {
            return null;
        }
        ObjectNode node = JsonTrees.object();
        node.put("value", after.value().subtract(before.value()));
        node.put("firm", after.firm().subtract(before.firm()));
        return node;
    }

    private static ObjectNode outcome(PlanDiff.OutcomeChange change, Finding finding, boolean declared) {
        if (!declared) {
            return null;
        }
        ObjectNode node = JsonTrees.object();
        node.put("state", DiffWords.state(change.what(), finding));
        if (finding != null) {
            Diagnostic diagnostic = Findings.diagnostic(finding);
            node.put("code", diagnostic.code().id());
            node.put("message", diagnostic.message());
        }
        return node;
    }

    private static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode node = JsonTrees.object();
        node.put("severity", d.severity().label());
        node.put("code", d.code().id());
        node.put("message", d.message());
        node.put("hint", d.hint());
        node.put("file", d.span() == null ? null : d.span().file().displayName());
        if (d.span() != null) {
            node.put("line", d.span().line());
            node.put("column", d.span().column());
        }
        return node;
    }
}

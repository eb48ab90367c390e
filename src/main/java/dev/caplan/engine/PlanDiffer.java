package dev.caplan.engine;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.result.Finding;
import dev.caplan.result.PlanDiff;
import dev.caplan.result.ResultTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two loaded versions of a model: their declarations ({@link DeclarationDiff}), and per
 * scenario their reports ({@link ReportDiff}) and what their checks and reported figures find
 * ({@link OutcomeDiff}); and the diagnostics only the new version has.
 */
final class PlanDiffer {

    private PlanDiffer() {
    }

    static Outcome<PlanDiff> diff(Version before, Version after, List<String> scenarios) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<PlanDiff.ScenarioResults> results = new ArrayList<>();
        for (String scenario : scenarios) {
            Outcome<PlanDiff.ScenarioResults> compared = results(before, after, scenario);
            diagnostics.addAll(compared.diagnostics());
            if (compared.value() == null) {
                return new Outcome<>(null, diagnostics);
            }
            results.add(compared.value());
        }
        PlanDiff diff = new PlanDiff(before.label(), after.label(),
                DeclarationDiff.between(before.loaded(), after.loaded()), results, newDiagnostics(before, after));
        return new Outcome<>(diff, diagnostics);
    }

    /** The results of one scenario (null: none) in both versions, compared. */
    private static Outcome<PlanDiff.ScenarioResults> results(Version before, Version after, String scenario) {
        Outcome<Plan> old = plan(before, scenario);
        Outcome<Plan> now = plan(after, scenario);
        if (old.value() == null || now.value() == null) {
            List<Diagnostic> problems = new ArrayList<>(old.diagnostics());
            problems.addAll(now.diagnostics());
            return new Outcome<>(null, problems);
        }
        Outcome<List<ResultTable>> oldTables = old.value().reports(null);
        Outcome<List<ResultTable>> newTables = now.value().reports(null);
        Outcome<List<Finding>> oldFound = old.value().findings();
        Outcome<List<Finding>> newFound = now.value().findings();
        List<Diagnostic> problems = new ArrayList<>();
        for (Outcome<?> outcome : List.of(oldTables, newTables, oldFound, newFound)) {
            problems.addAll(outcome.diagnostics());
        }
        if (oldTables.value() == null || newTables.value() == null || oldFound.value() == null || newFound.value() == null) {
            return new Outcome<>(null, problems);
        }
        return new Outcome<>(new PlanDiff.ScenarioResults(scenario,
                ReportDiff.between(oldTables.value(), newTables.value()),
                OutcomeDiff.between(before.loaded().model(), oldFound.value(), after.loaded().model(), newFound.value())),
                problems);
    }

    private static Outcome<Plan> plan(Version version, String scenario) {
        if (scenario == null) {
            return new Outcome<>(version.plan(), List.of());
        }
        Outcome<Plan> plan = version.plan().scenario(scenario);
        if (plan.value() == null && !plan.hasErrors()) {
            return Outcome.failed(Diagnostic.error(Code.USAGE, null, "scenario '" + scenario + "' does not load in "
                    + version.label()));
        }
        return plan.value() == null ? new Outcome<>(null, plan.diagnostics().stream().map(d -> d.span() == null
                ? new Diagnostic(d.severity(), d.code(), d.message() + " in " + version.label(), null, d.hint()) : d)
                .toList()) : plan;
    }

    /** Diagnostics of the new version that the old one did not have (by code and message, not place). */
    private static List<Diagnostic> newDiagnostics(Version before, Version after) {
        Set<String> old = new HashSet<>();
        before.diagnostics().forEach(d -> old.add(d.code() + " " + d.message()));
        return after.diagnostics().stream().filter(d -> !old.contains(d.code() + " " + d.message())).toList();
    }
}

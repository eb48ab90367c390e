package dev.caplan.synth;

import dev.caplan.engine.Engine;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.engine.Reply;
import dev.caplan.engine.Session;
import dev.caplan.result.ResultTable;
import java.nio.file.Path;
import java.util.List;

/**
 * The work the benchmarks time, written once so the harness and the smoke test run the same
 * thing: load and evaluate a model's reports; one REPL tweak against a full re-evaluation; a
 * report at daily against monthly resolution.
 */
public final class Workloads {

    private Workloads() {
    }

    /** Loads, checks and evaluates every report: what {@code caplan eval} does, without printing. */
    public static List<ResultTable> loadAndEvaluate(Path model) {
        Outcome<Plan> plan = Engine.load(List.of(model));
        if (plan.value() == null) {
            throw new IllegalStateException("model has errors: " + plan.diagnostics());
        }
        return plan.value().reports(null).value();
    }

    /** Changes one capacity line of location {@code L#####} in a session: the REPL's recompute path. */
    public static Reply tweak(Session session, int location, int places) {
        return session.submit(String.format("\"L%05d\" capacity %d from 2024-01-01 until 2025-01-01", location, places));
    }

    /** The full re-evaluation a tweak is compared with: every report of the plan again. */
    public static List<ResultTable> evaluateAll(Plan plan) {
        return plan.reports(null).value();
    }

    /** {@code capacity by kind} over the whole horizon in daily or monthly columns. */
    public static ResultTable byKind(Plan plan, int firstYear, int years, boolean daily) {
        String last = (firstYear + years - 1) + "-12" + (daily ? "-31" : "");
        String first = firstYear + "-01" + (daily ? "-01" : "");
        return plan.query("capacity by kind", null, first + " .. " + last + (daily ? " daily" : " monthly")).value();
    }
}

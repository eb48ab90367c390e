package dev.caplan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Engine;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.DiagnosticJson;
import dev.caplan.output.Format;
import dev.caplan.output.Sarif;
import dev.caplan.result.ResultTable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text through every stage: parse, check, evaluate every report, check and explain, and write
 * the results in every format and the diagnostics as JSON and SARIF. Problems in the text must come out as diagnostics; anything thrown
 * (a StackOverflowError, a NullPointerException, an internal error) is a bug the fuzzer reports.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this runs once per seed under
 * {@code src/test/resources/dev/caplan/fuzz/ModelFuzzTestInputs/} (the models, the examples and
 * every crash found so far), so the corpus is part of every test run. {@code .ci/run} fuzzes it for
 * a minute; docs/reliability.md describes the long run.
 */
class ModelFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyTextIsDiagnosedNotCrashedOn(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Outcome<Plan> loaded = Engine.loadText("fuzz.caplan", text);
        writeDiagnostics(loaded.diagnostics());
        if (loaded.value() != null) {
            exercise(loaded.value());
            for (String scenario : loaded.value().scenarioNames()) {
                Plan changed = loaded.value().scenario(scenario).value();
                if (changed != null) {
                    exercise(changed);
                }
            }
        }
    }

    private static void exercise(Plan plan) {
        Outcome<List<ResultTable>> reports = plan.reports(null);
        if (reports.value() != null) {
            for (Format format : Format.values()) {
                Plan.render(reports.value(), format);
            }
        }
        plan.verify();
        writeDiagnostics(plan.runChecks().diagnostics());
        for (String name : plan.reportNames()) {
            plan.query(name.length() > 0 ? "capacity" : name, "2023-07-01", null);
        }
        plan.explain("capacity", "2023-07-01", null);
    }

    /** Diagnostics as programs get them: any message, hint or place must make valid JSON and SARIF. */
    private static void writeDiagnostics(List<Diagnostic> diagnostics) {
        DiagnosticJson.render(diagnostics, null);
        Sarif.render(diagnostics, null, null);
    }
}

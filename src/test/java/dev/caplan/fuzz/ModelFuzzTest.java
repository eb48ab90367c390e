package dev.caplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.diag.Visible;
import dev.caplan.engine.Engine;
import dev.caplan.engine.Formatting;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.DiagnosticJson;
import dev.caplan.output.Format;
import dev.caplan.output.Sarif;
import dev.caplan.parse.TokenComparison;
import dev.caplan.result.ResultTable;
import dev.caplan.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text through every stage: lex (the hand-written scanner must make the grammar's lexer's tokens),
 * format ({@code caplan fmt}), parse, check, evaluate every report, check
 * and explain, and write the results in every format and the diagnostics as JSON and SARIF. Problems in the text must come out as diagnostics; anything thrown
 * (a StackOverflowError, a NullPointerException, an internal error) is a bug the fuzzer reports.
 * So is an invisible character (an escape code, a bidi override) that the human formats or CSV, the
 * explanations or the rendered diagnostics let through raw (docs/reliability.md, "Output").
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
        TokenComparison.assertSameTokens(text); // the hand-written scanner against the grammar's own lexer
        formatOnceAndForAll(text);
        Outcome<Plan> loaded = Engine.loadText("fuzz.caplan", text);
        shown(loaded);
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

    /** {@code caplan fmt}: refuses the text or formats it, and formatting that changes nothing more. */
    private static void formatOnceAndForAll(String text) {
        String formatted = Formatting.formatText(SourceFile.ofText("fuzz.caplan", text), new Diagnostics());
        if (formatted != null) {
            String again = Formatting.formatText(SourceFile.ofText("formatted.caplan", formatted), new Diagnostics());
            if (!formatted.equals(again)) {
                throw new IllegalStateException("formatting is not idempotent:\n" + formatted + "\n---\n" + again);
            }
        }
    }

    private static void exercise(Plan plan) {
        Outcome<List<ResultTable>> reports = shown(plan.reports(null));
        if (reports.value() != null) {
            for (Format format : Format.values()) {
                String rendered = Plan.render(reports.value(), format);
                if (format == Format.TABLE || format == Format.MARKDOWN || format == Format.CSV) {
                    assertVisible(rendered);
                }
            }
        }
        shown(plan.verify());
        Outcome<Boolean> checks = shown(plan.runChecks());
        writeDiagnostics(checks.diagnostics());
        for (String name : plan.reportNames()) {
            shown(plan.query(name.length() > 0 ? "capacity" : name, "2023-07-01", null));
        }
        Outcome<String> explained = shown(plan.explain("capacity", "2023-07-01", null));
        if (explained.value() != null) {
            assertVisible(explained.value());
        }
    }

    /** The outcome, after rendering its diagnostics as the command line and the REPL do. */
    private static <T> Outcome<T> shown(Outcome<T> outcome) {
        assertVisible(DiagnosticRenderer.render(outcome.diagnostics()));
        return outcome;
    }

    private static void assertVisible(String text) {
        assertThat(text.codePoints().filter(c -> c != '\n' && c != '\t' && Visible.isInvisible(c)).toArray())
                .as("invisible characters shown raw in:\n%s", text).isEmpty();
    }

    /** Diagnostics as programs get them: any message, hint or place must make valid JSON and SARIF. */
    private static void writeDiagnostics(List<Diagnostic> diagnostics) {
        DiagnosticJson.render(diagnostics, null);
        Sarif.render(diagnostics, null, null);
    }
}

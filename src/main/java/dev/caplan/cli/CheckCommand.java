package dev.caplan.cli;

import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Plan;
import dev.caplan.output.DiagnosticFormat;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan check PATH...}: loads and checks a model, for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Load a model, evaluate everything, run its checks and compare its reported figures.",
                "Exit 0 when all is well (warnings allowed), 1 when a check fails, 65 when the model has errors."},
        footer = {"", "Examples:",
                "  caplan check models/ijsselland                      # in CI: exit 1 if a check fails",
                "  caplan check models/ijsselland --scenario optimistic",
                "  caplan check models/ijsselland --format sarif      # for code scanning"})
final class CheckCommand extends FastCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories.")
    List<Path> paths;

    @CommandLine.Mixin
    ScenarioOption scenario;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (a summary line on standard output, diagnostics on standard error), "
                    + "json or sarif (one document on standard output, for CI) (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    int run(Invocation invocation) {
        DiagnosticFormat chosen = DiagnosticFormat.parse(format).orElseThrow(() -> invocation.usageError(
                "unknown format '" + format + "': use text, json or sarif"));
        DiagnosticsOutput output = invocation.diagnostics();
        if (chosen.isDocument()) {
            output.toStandardOutput(chosen);
        }
        Plan plan = scenario.load(paths, invocation);
        if (plan == null) {
            return scenario.loadFailure();
        }
        var verified = plan.verify();
        ModelOptions.report(verified.diagnostics(), invocation);
        if (verified.hasErrors()) {
            return ExitCodes.MODEL_ERRORS;
        }
        var checks = plan.runChecks();
        ModelOptions.report(checks.diagnostics(), invocation);
        boolean otherErrors = checks.diagnostics().stream()
                .anyMatch(d -> d.isError() && !d.code().failsACheck());
        if (checks.value() == null || otherErrors) {
            return ExitCodes.MODEL_ERRORS;
        }
        long failed = checks.diagnostics().stream().filter(d -> d.code().failsACheck()).map(Diagnostic::span)
                .distinct().count(); // a check false on some days and unknown on others fails once
        long warnings = checks.diagnostics().stream().filter(d -> !d.isError()).count();
        String summary = (failed > 0 ? "FAILED: " + failed + " check" + (failed == 1 ? "" : "s") + " failed; "
                : "ok: ") + plan.summary() + (warnings > 0 ? "; " + warnings + " warning" + (warnings == 1 ? "" : "s") : "");
        if (output.ownsStandardOutput()) {
            output.summary(summary); // a check's output is its document: the summary goes in it
        } else {
            invocation.out().println(summary);
            invocation.out().flush();
        }
        return failed > 0 ? ExitCodes.CHECKS_FAILED : ExitCodes.OK;
    }
}

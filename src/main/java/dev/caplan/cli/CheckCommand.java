package dev.caplan.cli;

import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan check PATH...}: loads and checks a model, for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Load a model, evaluate everything, run its checks and compare its reported figures.",
                "Exit 0 when all is well (warnings allowed), 1 when a check fails, 65 when the model has errors."},
        footer = {"", "Examples:",
                "  caplan check models/ijsselland                      # in CI: exit 1 if a check fails",
                "  caplan check models/ijsselland --scenario optimistic"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories.")
    List<Path> paths;

    @CommandLine.Mixin
    ScenarioOption scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Plan plan = scenario.load(paths, spec.commandLine());
        if (plan == null) {
            return scenario.loadFailure();
        }
        var verified = plan.verify();
        ModelOptions.report(verified.diagnostics(), spec.commandLine());
        if (verified.hasErrors()) {
            return ExitCodes.MODEL_ERRORS;
        }
        var checks = plan.runChecks();
        ModelOptions.report(checks.diagnostics(), spec.commandLine());
        boolean otherErrors = checks.diagnostics().stream()
                .anyMatch(d -> d.isError() && !d.code().failsACheck());
        if (checks.value() == null || otherErrors) {
            return ExitCodes.MODEL_ERRORS;
        }
        long failed = checks.diagnostics().stream().filter(d -> d.code().failsACheck()).map(Diagnostic::span)
                .distinct().count(); // a check false on some days and unknown on others fails once
        long warnings = checks.diagnostics().stream().filter(d -> !d.isError()).count();
        var out = spec.commandLine().getOut();
        out.println((failed > 0 ? "FAILED: " + failed + " check" + (failed == 1 ? "" : "s") + " failed; "
                : "ok: ") + plan.summary() + (warnings > 0 ? "; " + warnings + " warning" + (warnings == 1 ? "" : "s") : ""));
        out.flush();
        return failed > 0 ? ExitCodes.CHECKS_FAILED : ExitCodes.OK;
    }
}

package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --scenario NAME}: load the model and apply a scenario to it. */
final class ScenarioOption {

    @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", description = "Use the model as this scenario changes it.")
    String scenario;

    private boolean usageError;

    /** The model, as the scenario changes it if one was chosen; null after printing why it cannot be had. */
    Plan load(List<Path> paths, Invocation run) {
        Plan plan = ModelOptions.load(paths, run);
        if (plan == null || scenario == null) {
            return plan;
        }
        Outcome<Plan> changed = plan.scenario(scenario);
        ModelOptions.report(changed.diagnostics(), run);
        usageError = changed.value() == null && ModelOptions.exitCodeOf(changed.diagnostics()) == ExitCodes.USAGE;
        return changed.value();
    }

    /**
     * Loads the model (as the scenario changes it), asks it one question and prints the answer the
     * way every command does; returns the exit code.
     */
    <T> int answer(List<Path> paths, Invocation run, Function<Plan, Outcome<T>> question,
                   Function<T, String> text) {
        Plan plan = load(paths, run);
        if (plan == null) {
            return loadFailure();
        }
        return ModelOptions.print(run, question.apply(plan), text);
    }

    /** The exit code for a load that gave no plan: 64 for an unknown scenario, else 65. */
    int loadFailure() {
        return usageError ? ExitCodes.USAGE : ExitCodes.MODEL_ERRORS;
    }
}

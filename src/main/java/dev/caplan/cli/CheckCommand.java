package dev.caplan.cli;

import dev.caplan.engine.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code caplan check PATH...}: loads and checks a model, for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Load and check a model: exit 0 when all is well, 65 when the model has errors.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Plan plan = ModelOptions.load(paths, spec.commandLine().getErr());
        if (plan == null) {
            return ExitCodes.MODEL_ERRORS;
        }
        var verified = plan.verify();
        ModelOptions.report(verified.diagnostics(), spec.commandLine().getErr());
        if (verified.hasErrors()) {
            return ExitCodes.MODEL_ERRORS;
        }
        spec.commandLine().getOut().println("ok: " + plan.summary());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

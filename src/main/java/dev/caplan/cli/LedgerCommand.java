package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.Prose;
import dev.caplan.result.ResultTable;
import dev.caplan.output.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code caplan ledger PATH... QUOTA[AREA]}: a flow quota's backlog, period by period. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Print the backlog ledger of a flow quota for an area: quota + backlog = due; realised; carried.",
        footer = {"", "Example: caplan ledger models/ijsselland 'status_holders[IJsselland]'"})
final class LedgerCommand implements Callable<Integer> {

    @Mixin
    ModelAndExpression model;

    @Mixin
    ModelOptions options;

    @Mixin
    ScenarioOption scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Format format = options.format(commandLine);
        List<Path> paths = model.paths();
        Plan plan = scenario.load(paths, commandLine.getErr());
        if (plan == null) {
            return scenario.loadFailure();
        }
        Outcome<ResultTable> ledger = plan.ledger(model.expression());
        return ModelOptions.print(commandLine, ledger, table -> format == Format.TABLE ? Prose.ledger(table)
                : Plan.render(List.of(table), format));
    }
}

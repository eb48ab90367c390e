package dev.caplan.cli;

import dev.caplan.engine.Plan;
import dev.caplan.output.Format;
import dev.caplan.output.Prose;
import dev.caplan.output.Wording;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code caplan ledger PATH... QUOTA[AREA]}: a flow quota's backlog, period by period. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Print the backlog ledger of a flow quota for an area: quota + backlog = due; realised; carried.",
        footer = {"", "Examples:", "  caplan ledger models/ijsselland 'status_holders[IJsselland]'",
                "  caplan ledger models/ijsselland 'status_holders[IJsselland]' --locale nl"})
final class LedgerCommand implements Callable<Integer> {

    @Mixin
    ModelAndExpression model;

    @Mixin
    ModelOptions options;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    LocaleOption locale;

    @Mixin
    DiagnosticsFormatOption diagnostics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Format format = options.format(commandLine);
        Wording wording = locale.wording(commandLine);
        return scenario.answer(model.paths(), commandLine, plan -> plan.ledger(model.expression()),
                table -> format == Format.TABLE ? Prose.ledger(table, wording) : Plan.render(List.of(table), format, wording));
    }
}

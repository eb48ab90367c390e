package dev.caplan.cli;

import dev.caplan.engine.Plan;
import dev.caplan.output.Format;
import dev.caplan.output.Prose;
import dev.caplan.output.Wording;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code caplan ledger PATH... QUOTA[AREA]}: a flow quota's backlog, period by period. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Print the backlog ledger of a flow quota for an area: quota + backlog = due; realised; carried.",
        footer = {"", "Examples:", "  caplan ledger models/ijsselland 'status_holders[IJsselland]'",
                "  caplan ledger models/ijsselland 'status_holders[IJsselland]' --locale nl"})
final class LedgerCommand extends FastCommand {

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

    @Override
    int run(Invocation invocation) {
        Format format = options.format(invocation);
        Wording wording = locale.wording(invocation);
        return scenario.answer(model.paths(invocation), invocation, plan -> plan.ledger(model.expression(invocation)),
                table -> format == Format.TABLE ? Prose.ledger(table, wording) : Plan.render(List.of(table), format, wording));
    }
}

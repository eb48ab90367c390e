package dev.caplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caplan explain PATH... EXPR --at DATE | --over PERIOD}: how a value was computed. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a value was computed: its inputs by name and value, down to the declarations.",
        footer = {"", "Examples:",
                "  caplan explain models/ijsselland 'azc_places[IJsselland]' --at 2024-01-01",
                "  caplan explain models/ijsselland azc --at 2023-07-01"})
final class ExplainCommand extends FastCommand {

    @Mixin
    ModelAndExpression model;

    @Option(names = "--at", paramLabel = "DATE", description = "Explain the value on this day.")
    String at;

    @Option(names = "--over", paramLabel = "PERIOD", description = "Explain the value over this period (e.g. 2023-H1).")
    String over;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    DiagnosticsFormatOption diagnostics;

    @Override
    int run(Invocation invocation) {
        if ((at == null) == (over == null)) {
            throw invocation.usageError("give one of --at DATE or --over PERIOD");
        }
        return scenario.answer(model.paths(invocation), invocation, plan -> plan.explain(model.expression(invocation), at, over),
                text -> text);
    }
}

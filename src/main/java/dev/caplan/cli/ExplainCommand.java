package dev.caplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code caplan explain PATH... EXPR --at DATE | --over PERIOD}: how a value was computed. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a value was computed: its inputs by name and value, down to the declarations.",
        footer = {"", "Examples:",
                "  caplan explain models/ijsselland 'azc_places[IJsselland]' --at 2024-01-01",
                "  caplan explain models/ijsselland azc --at 2023-07-01"})
final class ExplainCommand implements Callable<Integer> {

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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if ((at == null) == (over == null)) {
            throw new CommandLine.ParameterException(commandLine, "give one of --at DATE or --over PERIOD");
        }
        return scenario.answer(model.paths(), commandLine, plan -> plan.explain(model.expression(), at, over),
                text -> text);
    }
}

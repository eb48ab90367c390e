package dev.caplan.cli;

import dev.caplan.output.Wording;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caplan query PATH... EXPR [--at DATE | --over RANGE [--step STEP]]}. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Print the value of an expression.",
        footer = {"", "Examples:",
                "  caplan query models/ijsselland 'capacity[IJsselland, kind in (AZC, NO, ROL)]' --at 2023-07-01",
                "  caplan query models/ijsselland 'capacity[Deventer] by kind' --at 2023-03-01",
                "  caplan query models/ijsselland 'capacity[kind = CNO]' --over '2022-12 .. 2023-07' --step monthly",
                "  caplan query models/ijsselland azc --over 2023-H1,2023-H2 --locale nl"})
final class QueryCommand extends FastCommand {

    @Mixin
    ModelAndExpression model;

    @Option(names = "--at", paramLabel = "DATE", description = "The value on this day (a period means its first day).")
    String at;

    @Option(names = "--over", paramLabel = "RANGE", description = "Columns: periods or a range such as 2023-01 .. 2023-12.")
    String over;

    @Option(names = "--step", paramLabel = "STEP",
            description = "Step through the --over range: daily, weekly, monthly, quarterly, half-yearly or yearly.")
    String step;

    @Mixin
    TablesOutput output;

    @Mixin
    LocaleOption locale;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    DiagnosticsFormatOption diagnostics;

    @Override
    int run(Invocation invocation) {
        Wording wording = locale.wording(invocation);
        if (at != null && over != null) {
            throw invocation.usageError("give either --at or --over, not both");
        }
        if (step != null && over == null) {
            throw invocation.usageError("--step needs --over RANGE");
        }
        String columns = over == null ? null : step == null ? over : over + " " + step;
        return output.answer(scenario, model.paths(invocation), invocation,
                plan -> plan.query(model.expression(invocation), at, columns),
                List::of, false, wording);
    }
}

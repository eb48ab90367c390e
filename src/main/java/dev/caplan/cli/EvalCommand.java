package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.result.ResultTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caplan eval PATH... [--report NAME]}: prints the model's reports. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a model and print its reports.",
        footer = {"", "Example: caplan eval models/ijsselland --report table_c --format markdown"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories (every *.caplan under them).")
    List<Path> paths;

    @Option(names = {"-r", "--report"}, paramLabel = "NAME", description = "Print only this report.")
    String report;

    @Mixin
    ModelOptions options;

    @Mixin
    ScenarioOption scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var format = options.format(spec.commandLine());
        var err = spec.commandLine().getErr();
        Plan plan = scenario.load(paths, err);
        if (plan == null) {
            return scenario.loadFailure();
        }
        Outcome<List<ResultTable>> tables = plan.reports(report);
        if (tables.value() != null && tables.value().isEmpty()) {
            err.println("caplan: the model has no reports; add one (see docs/language.md) or use caplan query");
        }
        return ModelOptions.print(spec.commandLine(), tables, value -> Plan.render(value, format));
    }
}

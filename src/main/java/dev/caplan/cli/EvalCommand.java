package dev.caplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caplan eval PATH... [--report NAME]}: prints the model's reports. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a model and print its reports.",
        footer = {"", "Examples:",
                "  caplan eval models/ijsselland --report table_c --format markdown",
                "  caplan eval models/ijsselland --format xlsx -o ijsselland.xlsx",
                "  caplan eval models/ijsselland --report table_a --locale nl"})
final class EvalCommand extends FastCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories (every *.caplan under them).")
    List<Path> paths;

    @Option(names = {"-r", "--report"}, paramLabel = "NAME", description = "Print only this report.")
    String report;

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
        PrintWriter err = invocation.err();
        return output.answer(scenario, paths, invocation, plan -> plan.reports(report), tables -> {
            if (tables.isEmpty()) {
                err.println("caplan: the model has no reports; add one (see docs/language.md) or use caplan query");
            }
            return tables;
        }, true, locale.wording(invocation));
    }
}

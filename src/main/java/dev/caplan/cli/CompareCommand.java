package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan compare PATH... --scenarios a,b (--report NAME | EXPR --at DATE | --over RANGE)}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare scenarios side by side, with their differences and where checks first fail.",
        footer = {"", "Examples:",
                "  caplan compare models/ijsselland --scenarios firm,expected,optimistic --report table_a",
                "  caplan compare models/ijsselland --scenarios firm,optimistic azc --at 2023-07-01",
                "A scenario named 'base' is the model without any scenario."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH... [EXPR]", hideParamSyntax = true,
            description = "Model files or directories; without --report, the last argument is the expression.")
    List<String> arguments;

    @Option(names = "--scenarios", required = true, split = ",", paramLabel = "A,B,...", hideParamSyntax = true,
            description = "The scenarios to compare, the first being the reference.")
    List<String> scenarios;

    @Option(names = {"-r", "--report"}, paramLabel = "NAME", description = "Compare this report.")
    String report;

    @Option(names = "--at", paramLabel = "DATE", description = "With an expression: its value on this day.")
    String at;

    @Option(names = "--over", paramLabel = "RANGE", description = "With an expression: its value over these periods.")
    String over;

    @Mixin
    ModelOptions options;

    @Mixin
    DiagnosticsFormatOption diagnostics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Invocation run = Invocation.of(commandLine);
        Format format = options.format(run);
        boolean expression = report == null;
        if (expression && arguments.size() < 2) {
            throw new CommandLine.ParameterException(commandLine, "give --report NAME, or an expression after the paths");
        }
        if (expression && at == null && over == null) {
            throw new CommandLine.ParameterException(commandLine, "an expression needs --at DATE or --over RANGE");
        }
        List<String> pathArgs = expression ? arguments.subList(0, arguments.size() - 1) : arguments;
        Plan plan = ModelOptions.load(pathArgs.stream().map(Path::of).toList(), run);
        if (plan == null) {
            return ExitCodes.MODEL_ERRORS;
        }
        Outcome<Plan.Compared> compared = plan.compare(scenarios, report,
                expression ? arguments.get(arguments.size() - 1) : null, at, over);
        return ModelOptions.print(run, compared, value -> Plan.render(value.tables(), format)
                + (format == Format.TABLE || format == Format.MARKDOWN ? failing(value.failingChecks()) : ""));
    }

    private static String failing(List<String> lines) {
        return "\n" + (lines.isEmpty() ? "No check fails in these scenarios.\n"
                : "Failing checks:\n" + String.join("", lines.stream().map(line -> "  " + line + "\n").toList()));
    }
}

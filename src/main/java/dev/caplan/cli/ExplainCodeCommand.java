package dev.caplan.cli;

import dev.caplan.diag.Code;
import dev.caplan.diag.ErrorCatalogue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan explain-code E-CODE}: the code's section of the error catalogue, docs/errors.md. */
@Command(name = "explain-code", mixinStandardHelpOptions = true,
        description = "Explain a diagnostic code: what it means, a model that gives it, the output, how to fix it.",
        footer = {"", "Examples:",
                "  caplan explain-code E-OVERLAP",
                "  caplan explain-code w-reported          # any case",
                "The whole catalogue: docs/errors.md"})
final class ExplainCodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE", description = "A code as diagnostics show it, such as E-UNKNOWN-NAME.")
    String code;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Code known = ErrorCatalogue.code(code).orElseThrow(() -> {
            String hint = ErrorCatalogue.didYouMean(code);
            return new CommandLine.ParameterException(spec.commandLine(), "unknown diagnostic code '" + code + "'"
                    + (hint != null ? "; " + hint : "; the codes are listed in docs/errors.md"));
        });
        String section = ErrorCatalogue.section(known).orElseThrow(() ->
                new IllegalStateException("the error catalogue built into caplan has no section " + known.id()));
        spec.commandLine().getOut().print(section);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

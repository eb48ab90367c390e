package dev.caplan.cli;

import dev.caplan.diag.Visible;
import dev.caplan.engine.DeclaredNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code caplan names PATH... --reports | --scenarios}: the names a model declares, one a line.
 * Hidden plumbing for the completion script, which runs it on Tab: it only reads the files (no
 * checking, no evaluation), so it is quick and still answers for a model with errors.
 */
@Command(name = "names", hidden = true, mixinStandardHelpOptions = true,
        description = "List the report or scenario names a model declares, one a line (for shell completion).",
        footer = {"", "Example: caplan names models/ijsselland --reports"})
final class NamesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories.")
    List<Path> paths;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** Which names: exactly one of the two. */
    static final class Which {
        @Option(names = "--reports", required = true, description = "The reports.")
        boolean reports;

        @Option(names = "--scenarios", required = true, description = "The scenarios.")
        boolean scenarios;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DeclaredNames names = DeclaredNames.of(paths);
        PrintWriter out = spec.commandLine().getOut();
        (which.reports ? names.reports() : names.scenarios()).forEach(name -> out.println(Visible.text(name)));
        out.flush();
        return ExitCodes.OK;
    }
}

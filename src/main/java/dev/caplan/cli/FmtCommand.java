package dev.caplan.cli;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Formatting;
import dev.caplan.engine.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caplan fmt [PATH...] [--check] [--diff]}: model files in their canonical layout, like
 * {@code gofmt}. A file with syntax errors is never written; the others are.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Rewrite model files in the canonical layout, keeping every comment.",
                "No PATH: every .caplan file under the current folder, skipping dot-folders. Prints the files it "
                        + "rewrote. Exit 0 when done, 1 with --check when a file would change, 65 when a file has "
                        + "syntax errors (it is left as it is)."},
        footer = {"", "Examples:",
                "  caplan fmt models/ijsselland             # rewrite the files not formatted",
                "  caplan fmt --check models examples       # in CI: exit 1 if one would change",
                "  caplan fmt --diff models/ijsselland      # show the changes, write nothing"})
final class FmtCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Model files or folders (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if there are any.")
    boolean check;

    @Option(names = "--diff", description = "Write nothing; print the changes as a unified diff.")
    boolean diff;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Outcome<List<Path>> files = Formatting.modelFiles(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        List<Diagnostic> problems = new ArrayList<>(files.diagnostics());
        PrintWriter out = spec.commandLine().getOut();
        boolean changes = false;
        for (Path file : files.value()) {
            Formatting.FileResult result = Formatting.format(file);
            problems.addAll(result.problems());
            if (!result.changes()) {
                continue;
            }
            changes = true;
            if (diff) {
                out.print(result.diff());
            } else if (check) {
                out.println(result.displayName());
            } else {
                write(result, problems, out);
            }
        }
        out.flush();
        ModelOptions.report(problems, Invocation.of(spec.commandLine()));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return problems.stream().anyMatch(d -> d.code() == Code.SAVE) ? ExitCodes.CANNOT_CREATE : ExitCodes.MODEL_ERRORS;
        }
        return check && changes ? ExitCodes.CHECKS_FAILED : ExitCodes.OK;
    }

    private static void write(Formatting.FileResult result, List<Diagnostic> problems, PrintWriter out) {
        try {
            Formatting.write(result);
            out.println(result.displayName());
        } catch (IOException e) {
            problems.add(Diagnostic.error(Code.SAVE, null, "not formatted: " + result.displayName() + ": " + e.getMessage()));
        }
    }
}

package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Session;
import dev.caplan.repl.Repl;
import dev.caplan.repl.Repls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan repl PATH... [--script FILE] [--on-error stop]}: query and tweak a model interactively. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Query and change a model interactively; save the changes into its files or as a scenario.",
        footer = {"", "Examples:",
                "  caplan repl models/ijsselland",
                "  echo 'azc at 2023-07-01' | caplan repl models/ijsselland",
                "  caplan repl models/ijsselland --script checks.repl --on-error stop",
                "Type :help inside. With input piped in, or --script, it prints answers without prompts on standard",
                "output and problems on standard error; with --on-error stop it exits 65 at the first input",
                "that fails (70 if that is a bug in caplan)."})
final class ReplCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories.")
    List<Path> paths;

    @Option(names = "--script", paramLabel = "FILE", description = "Read the input from this file instead.")
    Path script;

    @Option(names = "--history", paramLabel = "FILE", description = "History file (default: ~/.caplan_history).")
    Path history;

    @Option(names = "--on-error", paramLabel = "continue|stop", defaultValue = "continue",
            description = "Without a terminal: go on after an input that fails (default), or stop there (exit 65).")
    String onError;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!onError.equals("continue") && !onError.equals("stop")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--on-error takes continue or stop, not '" + onError + "'");
        }
        if (script != null && !Files.isRegularFile(script)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such script: " + script);
        }
        if (history != null && Files.isDirectory(history)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--history needs a file, not a folder: " + history);
        }
        Invocation run = Invocation.of(spec.commandLine());
        Outcome<Session> session = Session.open(paths);
        ModelOptions.report(session.diagnostics(), run);
        if (session.value() == null) {
            return ExitCodes.MODEL_ERRORS;
        }
        PrintWriter out = run.out();
        PrintWriter err = run.err();
        boolean stop = onError.equals("stop");
        Repl.End end;
        if (script != null) {
            try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                end = Repls.runHeadless(session.value(), in, out, err, stop);
            }
        } else if (System.console() == null) {
            end = Repls.runHeadless(session.value(), new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)), out, err, stop);
        } else {
            Path file = history != null ? history : Path.of(System.getProperty("user.home"), ".caplan_history");
            Repls.runOnTerminal(session.value(), file, run.settings().colourTerminal());
            end = Repl.End.DONE;
        }
        return switch (end) {
            case DONE -> ExitCodes.OK;
            case STOPPED_ON_ERROR -> ExitCodes.MODEL_ERRORS;
            case STOPPED_ON_BUG -> ExitCodes.INTERNAL_ERROR;
        };
    }
}

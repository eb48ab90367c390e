package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Session;
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

/** {@code caplan repl PATH... [--script FILE]}: query and tweak a model interactively. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Query and change a model interactively; save the changes into its files or as a scenario.",
        footer = {"", "Type :help inside. With input piped in, or --script, it prints answers without prompts:",
                "  echo 'azc at 2023-07-01' | caplan repl models/ijsselland"})
final class ReplCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories.")
    List<Path> paths;

    @Option(names = "--script", paramLabel = "FILE", description = "Read the input from this file instead.")
    Path script;

    @Option(names = "--history", paramLabel = "FILE", description = "History file (default: ~/.caplan_history).")
    Path history;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Outcome<Session> session = Session.open(paths);
        ModelOptions.report(session.diagnostics(), spec.commandLine().getErr());
        if (session.value() == null) {
            return ExitCodes.MODEL_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (script != null) {
            if (!Files.isRegularFile(script)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such script: " + script);
            }
            try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                Repls.runHeadless(session.value(), in, out);
            }
        } else if (System.console() == null) {
            Repls.runHeadless(session.value(), new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)), out);
        } else {
            Path file = history != null ? history : Path.of(System.getProperty("user.home"), ".caplan_history");
            Repls.runOnTerminal(session.value(), file);
        }
        return ExitCodes.OK;
    }
}

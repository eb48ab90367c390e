package dev.caplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code caplan eval | query | check}. */
@Command(name = "caplan", mixinStandardHelpOptions = true, versionProvider = CaplanCommand.Version.class,
        description = "A plain-text planning language for reception capacity: evaluate, query and check plans.",
        subcommands = {EvalCommand.class, QueryCommand.class, CheckCommand.class, ExplainCommand.class,
                LedgerCommand.class, CompareCommand.class, ReplCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 checks failed, 64 usage error, 65 model errors, 70 internal error.",
                "Language reference: docs/language.md"})
public final class CaplanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: eval, query, check, explain, ledger, compare or repl");
    }

    /** Runs the command line with the given streams and returns the exit code; never exits the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new CaplanCommand());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        setExitCodes(commandLine);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("caplan: internal error (this is a bug in caplan, not in your model):");
            exception.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    private static void setExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL_ERROR);
        commandLine.getSubcommands().values().forEach(CaplanCommand::setExitCodes);
    }

    /** The version, from a resource Maven fills in at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = CaplanCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"caplan " + properties.getProperty("version", "(development build)")};
        }
    }
}

package dev.caplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The root command, and the one list of subcommands ({@link #SUBCOMMANDS}) that help and errors read. */
@Command(name = "caplan", mixinStandardHelpOptions = true, versionProvider = CaplanCommand.Version.class,
        description = "A plain-text planning language for reception capacity: evaluate, query and check plans.",
        footer = {"", "Exit codes: 0 ok, 1 checks failed, 64 usage error, 65 model errors, 70 internal error.",
                "Language reference: docs/language.md"})
public final class CaplanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        List<String> names = List.copyOf(SUBCOMMANDS.keySet());
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }

    /**
     * The subcommands, in the order help lists them. Building picocli's model of a command costs
     * reflection on every option, so a run builds only the subcommand it runs (a third of the start-up
     * time of {@code caplan eval} went into building all of them); help and errors get them all.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("eval", EvalCommand::new);
        commands.put("query", QueryCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("ledger", LedgerCommand::new);
        commands.put("compare", CompareCommand::new);
        commands.put("repl", ReplCommand::new);
        commands.put("generate", GenerateCommand::new);
        return commands;
    }

    private static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new CaplanCommand());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first)) {
            commandLine.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
            commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        }
        return commandLine;
    }

    /** Runs the command line with the given streams and returns the exit code; never exits the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = commandLine(args);
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

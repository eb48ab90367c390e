package dev.caplan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The root command, and the one list of subcommands ({@link #SUBCOMMANDS}) that help and errors read. */
@Command(name = "caplan", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "A plain-text planning language for reception capacity: evaluate, query and check plans.",
        footer = {"", "Exit codes: 0 ok, 1 checks failed, 64 usage error (a bad argument or option), "
                + "65 errors in the model or the expression, 70 internal error (a bug), 73 cannot create "
                + "(generate will not write over a model).",
                "Examples:",
                "  caplan eval models/ijsselland --report table_a",
                "  caplan help query",
                "Environment: NO_COLOR=1 turns colour off; CAPLAN_DEBUG=1 is --debug.",
                "Language reference: docs/language.md"})
public final class CaplanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before parsing ({@link RunSettings#scan}); declared so help lists it and a bad value is refused. */
    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, converter = WhenConverter.class,
            description = "Colour: auto (only on a terminal, not with NO_COLOR set or TERM=dumb), always or never.")
    Colour.When color;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an internal error (also: CAPLAN_DEBUG=1).")
    boolean debug;

    private RunSettings settings;

    private DiagnosticsOutput diagnostics;

    /** The run's standard output as bytes, for a binary format written with {@code -o -}. */
    private PrintStream standardOutput;

    @Override
    public void run() {
        List<String> names = visibleNames();
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }

    /**
     * The subcommands, in the order help lists them. Building picocli's model of a command costs
     * reflection on every option, so a run builds only the subcommand it runs (a third of the start-up
     * time of {@code caplan eval} went into building all of them); help and errors get them all.
     * Classes, not constructor references: a reference is a lambda made at start-up, 17 of them
     * about 10 ms of a short command.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    /** Subcommands that help does not list: plumbing for the completion script. */
    private static final Set<String> HIDDEN = Set.of("names");

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("eval", EvalCommand.class);
        commands.put("query", QueryCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("explain", ExplainCommand.class);
        commands.put("explain-code", ExplainCodeCommand.class);
        commands.put("ledger", LedgerCommand.class);
        commands.put("compare", CompareCommand.class);
        commands.put("fmt", FmtCommand.class);
        commands.put("diff", DiffCommand.class);
        commands.put("render", RenderCommand.class);
        commands.put("chart", ChartCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("repl", ReplCommand.class);
        commands.put("lsp", LspCommand.class);
        commands.put("generate", GenerateCommand.class);
        commands.put("completion", CompletionCommand.class);
        commands.put("names", NamesCommand.class);
        return commands;
    }

    /** A new instance of a subcommand's class (each has a constructor without parameters). */
    private static Object instance(Class<?> command) {
        try {
            return command.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the command " + command.getSimpleName(), e);
        }
    }

    /** The subcommands help lists, in its order. */
    static List<String> visibleNames() {
        return SUBCOMMANDS.keySet().stream().filter(name -> !HIDDEN.contains(name)).toList();
    }

    /** Every subcommand's name, hidden ones included. */
    static Set<String> allNames() {
        return SUBCOMMANDS.keySet();
    }

    /** A new instance of the subcommand {@code name}; empty when there is none of that name. */
    static Optional<Object> newCommand(String name) {
        Class<?> command = SUBCOMMANDS.get(name);
        return command == null ? Optional.empty() : Optional.of(instance(command));
    }

    /** The command line for {@code args}: the root with only the subcommand they run, or with every one. */
    static CommandLine commandLine(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        return SUBCOMMANDS.containsKey(first) ? withOnly(first) : complete();
    }

    private static CommandLine withOnly(String name) {
        CommandLine commandLine = new CommandLine(new CaplanCommand());
        commandLine.addSubcommand(name, instance(SUBCOMMANDS.get(name)));
        return commandLine;
    }

    /** The command line with every subcommand: for help, errors and the completion script. */
    static CommandLine complete() {
        CommandLine commandLine = new CommandLine(new CaplanCommand());
        SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, instance(command)));
        commandLine.addSubcommand("help", new HelpCommand());
        return commandLine;
    }

    /** Runs the command line with the given streams and the process's environment; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /**
     * Runs the command line and returns the exit code; never exits the JVM, and never throws: what
     * escapes every command is an internal error ({@link InternalErrors}).
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        PrintWriter errors = new PrintWriter(err, true, StandardCharsets.UTF_8);
        RunSettings settings = RunSettings.scan(args, environment, out, err);
        try {
            PrintWriter output = new PrintWriter(out, true, StandardCharsets.UTF_8);
            OptionalInt fast = FastPath.run(args, settings, output, errors, out);
            if (fast.isPresent()) {
                return fast.getAsInt();
            }
            CommandLine commandLine = commandLine(args);
            CaplanCommand root = (CaplanCommand) commandLine.getCommandSpec().userObject();
            root.settings = settings;
            root.diagnostics = new DiagnosticsOutput();
            root.standardOutput = out;
            int exitCode = configure(commandLine, settings, output, errors).execute(args);
            root.diagnostics.finish(output, errors);
            return exitCode;
        } catch (Throwable thrown) { // the last line of defence: nothing leaves caplan as a stack trace
            return InternalErrors.report(thrown, errors, settings.debug());
        }
    }

    /** Streams, colours, exit codes and the handlers of usage errors and of what commands throw. */
    static CommandLine configure(CommandLine commandLine, RunSettings settings, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                settings.colourOut() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        setExitCodes(commandLine);
        commandLine.setParameterExceptionHandler(new UsageErrors(settings));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) ->
                InternalErrors.report(exception, cmd.getErr(), settings.debug()));
        return commandLine;
    }

    private static void setExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL_ERROR);
        commandLine.getSubcommands().values().forEach(CaplanCommand::setExitCodes);
    }

    /** The settings of this run. */
    RunSettings settings() {
        return settings;
    }

    /** Where this run's diagnostics go. */
    DiagnosticsOutput diagnostics() {
        return diagnostics;
    }

    /** This run's standard output as a byte stream. */
    PrintStream standardOutput() {
        return standardOutput;
    }

    /** Reads {@code --color}'s value; anything but never, always and auto is refused (exit 64). */
    static final class WhenConverter implements CommandLine.ITypeConverter<Colour.When> {
        @Override
        public Colour.When convert(String value) {
            return Colour.When.parse(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not one of never, always or auto"));
        }
    }
}

package dev.caplan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs the common commands (eval, query, check and the others that extend {@link FastCommand})
 * without building picocli's model of them, when their command line is plain: known options
 * written {@code --name value}, {@code --name=value} or {@code -n value}, each once, and enough
 * arguments. Building that model costs about a third of a short command's start-up (reflection over
 * every option, and picocli's built-in converters), whatever the command line is.
 *
 * <p>Anything else (help, an unknown or repeated option, a value that looks like an option,
 * {@code -abc}, an {@code @file}, too few arguments, a required option missing, an option with a
 * converter) is left to picocli, which answers
 * exactly as it always has: the fast path only reads what picocli would read the same way. A usage
 * error the command itself raises ({@link Invocation#usageError}) is printed by picocli's handler
 * with picocli's model, built then. {@value #SWITCH}{@code =off} turns the fast path off.
 */
final class FastPath {

    /** The environment variable that turns the fast path off: every command line goes to picocli. */
    static final String SWITCH = "CAPLAN_FAST_PATH";

    private FastPath() {
    }

    /** Runs {@code args} and returns the exit code; empty when picocli must run them. */
    static OptionalInt run(String[] args, RunSettings settings, PrintWriter out, PrintWriter err, PrintStream standardOutput) {
        if (args.length == 0 || "off".equals(settings.environment().get(SWITCH))) {
            return OptionalInt.empty();
        }
        Optional<FastCommand> command = CaplanCommand.newCommand(args[0])
                .filter(FastCommand.class::isInstance).map(FastCommand.class::cast)
                .flatMap(found -> FastPathTable.of(args[0]).flatMap(table -> bound(found, table, args)));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        DiagnosticsOutput diagnostics = new DiagnosticsOutput();
        Invocation invocation = new Invocation("caplan " + args[0], out, err, standardOutput, settings, diagnostics,
                Optional::empty, Refused::new);
        int code;
        try {
            code = command.get().run(invocation);
        } catch (Refused refused) {
            code = refuse(args, settings, out, err, refused.getMessage());
        } catch (Exception thrown) { // as picocli's handler of what a command throws
            code = InternalErrors.report(thrown, err, settings.debug());
        }
        diagnostics.finish(out, err);
        return OptionalInt.of(code);
    }

    /** The command with its fields set from {@code args}; empty when picocli must read them. */
    private static Optional<FastCommand> bound(FastCommand command, FastPathTable table, String[] args) {
        List<Object> arguments = new ArrayList<>();
        // by identity: each option is one object under all its names, and a record's hashCode would
        // link method handles at start-up (~10 ms) the first time an option is given
        Set<FastPathTable.Option> given = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (FastPathTable.Mixin mixin : table.mixins()) {
                Class<?> type = Class.forName(FastPath.class.getPackageName() + "." + mixin.className());
                field(command, mixin.field()).set(command, type.getDeclaredConstructor().newInstance());
            }
            boolean onlyArguments = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("@")) {
                    return Optional.empty(); // picocli reads an @file's lines as arguments
                }
                if (onlyArguments || !arg.startsWith("-")) {
                    arguments.add(table.arguments().paths() ? Path.of(arg) : arg);
                    continue;
                }
                if (arg.equals("--")) {
                    onlyArguments = true;
                    continue;
                }
                int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String name = equals < 0 ? arg : arg.substring(0, equals);
                FastPathTable.Option option = table.options().get(name);
                if (option == null || option.referred() || !given.add(option)) {
                    return Optional.empty();
                }
                if (option.flag()) {
                    if (equals >= 0) {
                        return Optional.empty();
                    }
                    set(command, option.target(), true);
                    continue;
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    value = args[++i];
                } else {
                    return Optional.empty();
                }
                set(command, option.target(), option.path() ? Path.of(value) : value);
            }
            if (arguments.size() < table.arguments().min()) {
                return Optional.empty();
            }
            for (Map.Entry<String, FastPathTable.Option> entry : table.options().entrySet()) {
                FastPathTable.Option option = entry.getValue();
                if (option.required() && !given.contains(option)) {
                    return Optional.empty(); // picocli says it is missing
                }
                if (option.defaultValue() != null && !given.contains(option)) {
                    set(command, option.target(), option.path() ? Path.of(option.defaultValue()) : option.defaultValue());
                }
            }
            set(command, table.arguments().target(), arguments);
            return Optional.of(command);
        } catch (InvalidPathException notAPath) {
            return Optional.empty(); // picocli says what is wrong with it
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FastPathTableText does not fit " + table.className()
                    + " (FastPathTableTest remakes it): " + e, e);
        }
    }

    /** Sets {@code target} ({@code field} or {@code mixin.field}; {@code -}: nothing) of the command. */
    private static void set(Object command, String target, Object value) throws ReflectiveOperationException {
        if (target.equals("-")) {
            return; // read before the command line is parsed (RunSettings)
        }
        int dot = target.indexOf('.');
        Object owner = dot < 0 ? command : field(command, target.substring(0, dot)).get(command);
        String name = dot < 0 ? target : target.substring(dot + 1);
        field(owner, name).set(owner, value);
    }

    private static Field field(Object owner, String name) throws NoSuchFieldException {
        return owner.getClass().getDeclaredField(name);
    }

    /** Prints a usage error the way picocli does for this command line: the message, then the usage (64). */
    private static int refuse(String[] args, RunSettings settings, PrintWriter out, PrintWriter err, String message) {
        CommandLine commandLine = CaplanCommand.configure(CaplanCommand.commandLine(args), settings, out, err);
        CommandLine command = commandLine.getSubcommands().get(args[0]);
        return new UsageErrors(settings).handleParseException(new CommandLine.ParameterException(command, message), args);
    }

    /** A usage error a command raised on the fast path. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}

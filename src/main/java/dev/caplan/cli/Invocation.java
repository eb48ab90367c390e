package dev.caplan.cli;

import dev.caplan.output.DiagnosticFormat;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * What a running command writes to and asks of its run: standard output and error, the run's
 * settings and diagnostics, and how to refuse its arguments (a usage error, exit 64). The same
 * whether picocli parsed the command line ({@link #of(CommandLine)}) or the fast path did
 * ({@link FastPath}), so a command's code cannot tell which.
 */
final class Invocation {

    private final String commandName;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintStream standardOutput;
    private final RunSettings settings;
    private final DiagnosticsOutput diagnostics;
    private final Supplier<Optional<DiagnosticFormat>> diagnosticFormat;
    private final Function<String, RuntimeException> refusal;

    Invocation(String commandName, PrintWriter out, PrintWriter err, PrintStream standardOutput, RunSettings settings,
               DiagnosticsOutput diagnostics, Supplier<Optional<DiagnosticFormat>> diagnosticFormat,
               Function<String, RuntimeException> refusal) {
        this.commandName = commandName;
        this.out = out;
        this.err = err;
        this.standardOutput = standardOutput;
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.diagnosticFormat = diagnosticFormat;
        this.refusal = refusal;
    }

    /** The invocation of the (sub)command picocli parsed. */
    static Invocation of(CommandLine commandLine) {
        CaplanCommand root = (CaplanCommand) commandLine.getCommandSpec().root().userObject();
        return new Invocation(commandLine.getCommandSpec().qualifiedName(), commandLine.getOut(), commandLine.getErr(),
                root.standardOutput(), root.settings(), root.diagnostics(),
                () -> DiagnosticsFormatOption.of(commandLine),
                message -> new CommandLine.ParameterException(commandLine, message));
    }

    /** The command as typed: {@code caplan query}. */
    String commandName() {
        return commandName;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Standard output as bytes, for a binary format written with {@code -o -}. */
    PrintStream standardOutput() {
        return standardOutput;
    }

    RunSettings settings() {
        return settings;
    }

    /** Where the run's diagnostics go. */
    DiagnosticsOutput diagnostics() {
        return diagnostics;
    }

    /** The command's {@code --diagnostics-format}; empty when it has none or it was not given. */
    Optional<DiagnosticFormat> diagnosticFormat() {
        return diagnosticFormat.get();
    }

    /** The exception that refuses the command line with {@code message} (exit 64, with the command's usage): throw it. */
    RuntimeException usageError(String message) {
        return refusal.apply(message);
    }
}

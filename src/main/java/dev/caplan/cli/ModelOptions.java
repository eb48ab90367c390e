package dev.caplan.cli;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Engine;
import dev.caplan.engine.OptionText;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** What every command shares: the output format, loading a model, printing diagnostics. */
final class ModelOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, csv, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    Format format(Invocation run) {
        return Format.parse(format).filter(f -> !f.binary()).orElseThrow(() -> run.usageError(
                "unknown format '" + format + "': use table, csv, json or markdown"
                        + (Format.parse(format).isPresent() ? " (" + format + " is for caplan eval and query, with -o FILE)" : "")));
    }

    /** Loads the model, printing its diagnostics; null when it has errors. */
    static Plan load(List<Path> paths, Invocation run) {
        Outcome<Plan> loaded = Engine.load(paths);
        report(loaded.diagnostics(), run);
        return loaded.value();
    }

    /**
     * Prints an outcome the way every command does: its diagnostics on standard error, then, when it
     * has a value, its text on standard output. Returns the exit code.
     */
    static <T> int print(Invocation run, Outcome<T> outcome, Function<T, String> text) {
        report(outcome.diagnostics(), run);
        if (outcome.value() == null) {
            return exitCodeOf(outcome.diagnostics());
        }
        run.out().print(text.apply(outcome.value()));
        run.out().flush();
        return ExitCodes.OK;
    }

    /**
     * A bad argument exits 64: an error about the command line itself (E-USAGE: an unknown report or
     * scenario name) or one that points into an option's value ({@code <--at>}, {@code <--over>},
     * whatever its code: a date that does not exist, an unknown step). Anything else that stopped
     * a command is an error in caplan text, the model's files or the expression given: 65.
     */
    static int exitCodeOf(List<Diagnostic> diagnostics) {
        boolean usage = diagnostics.stream().anyMatch(d -> d.isError() && (d.code() == Code.USAGE || OptionText.isIn(d)));
        return usage ? ExitCodes.USAGE : ExitCodes.MODEL_ERRORS;
    }

    /**
     * Prints diagnostics the way the run asks ({@link DiagnosticsOutput}): in the one text format
     * (coloured for a terminal, with a closing count when there are errors), or kept for the run's
     * JSON or SARIF document.
     */
    static void report(List<Diagnostic> diagnostics, Invocation run) {
        run.diagnostics().report(diagnostics, run);
    }
}

package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.Format;
import dev.caplan.output.Wording;
import dev.caplan.result.ResultTable;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where a command that answers with tables (eval, query) writes them: {@code --format}, which
 * here includes the binary xlsx, and {@code -o FILE}. A workbook is never written to a terminal:
 * {@code --format xlsx} needs {@code -o FILE.xlsx}, or {@code -o -} with standard output going to a
 * pipe or a file; either refusal is a usage error (64), before the model is loaded.
 */
final class TablesOutput {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, csv, json, markdown or xlsx (a workbook, with -o FILE.xlsx) "
                    + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; - is standard output (xlsx only into a pipe or file).")
    String output;

    /** The format asked for; a binary one without a file, or for a terminal, is refused (64). */
    Format format(Invocation run) {
        Format chosen = Format.parse(format).orElseThrow(() -> run.usageError(
                "unknown format '" + format + "': use table, csv, json, markdown or xlsx"));
        if (chosen.binary() && (output == null || output.equals("-") && Terminals.isTerminal(run.standardOutput()))) {
            throw run.usageError(chosen.displayName()
                    + " is a binary workbook and is not written to a terminal: add -o FILE."
                    + chosen.displayName() + (output == null ? " (or -o - into a pipe)" : ""));
        }
        return chosen;
    }

    /**
     * Loads the model, asks it one question and writes the tables of its answer where the options
     * say, the way every command prints; returns the exit code (73 when the file cannot be written).
     * {@code reports} says the tables are the model's reports (eval), so a workbook that cannot
     * hold one is an error at the report's declaration, not about the command line (a query's).
     */
    <T> int answer(ScenarioOption scenario, List<Path> paths, Invocation run, Function<Plan, Outcome<T>> question,
                   Function<T, List<ResultTable>> tables, boolean reports, Wording wording) {
        Format chosen = format(run);
        Plan plan = scenario.load(paths, run);
        if (plan == null) {
            return scenario.loadFailure();
        }
        Outcome<T> answer = question.apply(plan);
        if (output == null || output.equals("-") && !chosen.binary()) {
            return ModelOptions.print(run, answer, value -> Plan.render(tables.apply(value), chosen, wording));
        }
        ModelOptions.report(answer.diagnostics(), run);
        if (answer.value() == null) {
            return ModelOptions.exitCodeOf(answer.diagnostics());
        }
        List<ResultTable> result = tables.apply(answer.value());
        byte[] bytes;
        if (chosen.binary()) {
            Outcome<byte[]> file = reports ? plan.reportsFile(result, chosen) : Plan.file(result, chosen);
            ModelOptions.report(file.diagnostics(), run);
            if (file.value() == null) { // too large for the format: nothing is written, not even an empty file
                return ModelOptions.exitCodeOf(file.diagnostics());
            }
            bytes = file.value();
        } else {
            bytes = Plan.render(result, chosen, wording).getBytes(StandardCharsets.UTF_8);
        }
        return output.equals("-") ? toStandardOutput(run, bytes) : toFile(run, bytes);
    }

    private static int toStandardOutput(Invocation run, byte[] bytes) {
        run.out().flush();
        PrintStream out = run.standardOutput();
        out.write(bytes, 0, bytes.length);
        out.flush();
        return ExitCodes.OK;
    }

    private int toFile(Invocation run, byte[] bytes) {
        return OutputFile.write(Path.of(output), bytes, run) ? ExitCodes.OK : ExitCodes.CANNOT_CREATE;
    }
}

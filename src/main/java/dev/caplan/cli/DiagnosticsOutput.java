package dev.caplan.cli;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.output.DiagnosticFormat;
import dev.caplan.output.DiagnosticJson;
import dev.caplan.output.Sarif;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Where one run's diagnostics go, and in which format. Text (the default) is printed as the
 * diagnostics come, on standard error. JSON and SARIF are one document each, so the diagnostics of
 * every stage (loading, a scenario, the question asked) are collected and written once when the
 * command ends ({@link #finish}): on standard error with {@code --diagnostics-format}, where a command
 * prints results on standard output; on standard output for {@code caplan check --format json|sarif},
 * whose output they are.
 *
 * <p>{@code --diagnostics-format} is read from the arguments before picocli parses them
 * ({@link #scan}), as {@code --color} is, so it holds wherever it stands on the command line;
 * picocli parses it as well ({@link CaplanCommand}), to list it in help and refuse a bad value.
 */
final class DiagnosticsOutput {

    static final String OPTION = "--diagnostics-format";

    private DiagnosticFormat format;
    private boolean toStandardOutput;
    private String summary;
    private boolean started;
    private final List<Diagnostic> collected = new ArrayList<>();

    private DiagnosticsOutput(DiagnosticFormat format) {
        this.format = format;
    }

    /** The format {@code --diagnostics-format} asks for (text when absent or not a format: picocli refuses that). */
    static DiagnosticsOutput scan(String[] args) {
        DiagnosticFormat format = DiagnosticFormat.TEXT;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String value = args[i].startsWith(OPTION + "=") ? args[i].substring(OPTION.length() + 1)
                    : args[i].equals(OPTION) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                format = DiagnosticFormat.parse(value).orElse(format);
            }
        }
        return new DiagnosticsOutput(format);
    }

    /** {@code caplan check --format json|sarif}: the diagnostics, and the summary, are the document on standard output. */
    void toStandardOutput(DiagnosticFormat documentFormat) {
        format = documentFormat;
        toStandardOutput = true;
        started = true;
    }

    /** Whether standard output is the diagnostics document ({@code caplan check --format json|sarif}), and nothing else. */
    boolean ownsStandardOutput() {
        return toStandardOutput;
    }

    /** The line {@code caplan check} prints, kept for its JSON document. */
    void summary(String line) {
        summary = line;
    }

    /** Prints text at once (coloured for a terminal, with a closing count when there are errors), or keeps a document's. */
    void report(List<Diagnostic> diagnostics, CommandLine commandLine) {
        started = true;
        if (format.isDocument()) {
            collected.addAll(diagnostics);
            return;
        }
        if (diagnostics.isEmpty()) {
            return;
        }
        PrintWriter err = commandLine.getErr();
        String rendered = DiagnosticRenderer.render(diagnostics);
        err.print(CaplanCommand.settings(commandLine).colourErr() ? DiagnosticColours.colour(rendered) : rendered);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            err.println(DiagnosticRenderer.summary(diagnostics));
        }
        err.flush();
    }

    /** Writes the document of a run whose command started; an empty one too, so a script always has one to read. */
    void finish(PrintWriter out, PrintWriter err) {
        if (!started || !format.isDocument()) {
            return;
        }
        String document = switch (format) {
            case TEXT -> "";
            case JSON -> DiagnosticJson.render(collected, toStandardOutput ? summary : null);
            case SARIF -> Sarif.render(collected, VersionInfo.version().orElse(null), VersionInfo.docsUrl().orElse(null));
        };
        PrintWriter target = toStandardOutput ? out : err;
        target.print(document);
        target.flush();
    }

    /** Reads {@code --diagnostics-format}'s value; anything but text, json and sarif is refused (exit 64). */
    static final class FormatConverter implements CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            Optional<DiagnosticFormat> format = DiagnosticFormat.parse(value);
            return format.orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not one of text, json or sarif"));
        }
    }
}

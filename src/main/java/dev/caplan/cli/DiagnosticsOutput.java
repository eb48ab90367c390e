package dev.caplan.cli;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.output.DiagnosticFormat;
import dev.caplan.output.DiagnosticJson;
import dev.caplan.output.Sarif;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one run's diagnostics go, and in which format. Text (the default) is printed as the
 * diagnostics come, on standard error. JSON and SARIF are one document each, so the diagnostics of
 * every stage (loading, a scenario, the question asked) are collected and written once when the
 * command ends ({@link #finish}): on standard error with {@code --diagnostics-format}
 * ({@link DiagnosticsFormatOption}), where a command prints results on standard output; on standard
 * output for {@code caplan check --format json|sarif}, whose output they are. One per run
 * ({@link Invocation#diagnostics}).
 */
final class DiagnosticsOutput {

    private DiagnosticFormat format = DiagnosticFormat.TEXT;
    private boolean toStandardOutput;
    private String summary;
    private boolean started;
    private final List<Diagnostic> collected = new ArrayList<>();

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
    void report(List<Diagnostic> diagnostics, Invocation run) {
        if (!started && !toStandardOutput) {
            format = run.diagnosticFormat().orElse(DiagnosticFormat.TEXT);
        }
        started = true;
        if (format.isDocument()) {
            collected.addAll(diagnostics);
            return;
        }
        if (diagnostics.isEmpty()) {
            return;
        }
        PrintWriter err = run.err();
        String rendered = DiagnosticRenderer.render(diagnostics);
        err.print(run.settings().colourErr() ? DiagnosticColours.colour(rendered) : rendered);
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
}

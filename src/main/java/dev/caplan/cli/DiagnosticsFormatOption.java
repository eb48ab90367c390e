package dev.caplan.cli;

import dev.caplan.output.DiagnosticFormat;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code --diagnostics-format text|json|sarif}, on the commands that print results: how their
 * diagnostics are written on standard error, apart from the results on standard output
 * ({@code --format}). {@code caplan check}, whose output is its diagnostics, says it with its own
 * {@code --format}.
 */
final class DiagnosticsFormatOption {

    static final String NAME = "--diagnostics-format";

    @Option(names = NAME, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Diagnostics on standard error as text (default), json or sarif (one document when the "
                    + "command ends).")
    DiagnosticFormat format;

    /** The format a command's {@code --diagnostics-format} asks for; empty when it has none or it was not given. */
    static Optional<DiagnosticFormat> of(CommandLine commandLine) {
        CommandLine.Model.OptionSpec option = commandLine.getCommandSpec().findOption(NAME);
        return option == null ? Optional.empty() : Optional.ofNullable(option.getValue());
    }

    /** Reads the value; anything but text, json and sarif is refused (exit 64). */
    static final class FormatConverter implements CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            return DiagnosticFormat.parse(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not one of text, json or sarif"));
        }
    }
}

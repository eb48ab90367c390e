package dev.caplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * How a command line that cannot be parsed is answered (exit 64): picocli's message, then its
 * suggestion for a mistyped option or command, else the usage. An argument that starts with '-',
 * is no option and is not like one (an expression such as {@code -azc + cno}) gets a hint to put
 * {@code --} before it, with the command line so rearranged: after {@code --} nothing is an
 * option, so the options go first.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./=:,@%+-]+");

    private final RunSettings settings;

    UsageErrors(RunSettings settings) {
        this.settings = settings;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        CommandLine.Help.ColorScheme scheme = CommandLine.Help.defaultColorScheme(
                settings.colourErr() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
        err.println(scheme.errorText(ex.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            String hint = dashHint(ex, args); // a mistyped option has its suggestion instead
            if (hint != null) {
                err.println(hint);
            }
            commandLine.usage(err, scheme);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The hint for an unknown option given to a command that takes arguments; null for other errors. */
    static String dashHint(CommandLine.ParameterException ex, String[] args) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || !unmatched.isUnknownOption()
                || ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            return null;
        }
        List<String> odd = unmatched.getUnmatched().stream().filter(word -> word.startsWith("-")).toList();
        if (odd.isEmpty() || List.of(args).contains("--")) {
            return null;
        }
        List<String> rearranged = new ArrayList<>(List.of(args));
        odd.forEach(rearranged::remove);
        rearranged.add("--");
        rearranged.addAll(odd);
        return "hint: " + quoted(odd.get(0)) + " is taken for an option; if it is an argument (an expression that "
                + "starts with '-'), put -- before it, after the options:\n  caplan "
                + String.join(" ", rearranged.stream().map(UsageErrors::quoted).toList());
    }

    /** A word as it is typed in a shell: as it is when it is plain, else in single quotes. */
    static String quoted(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

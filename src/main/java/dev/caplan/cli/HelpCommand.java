package dev.caplan.cli;

import dev.caplan.diag.ErrorCatalogue;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code caplan help [COMMAND | CODE]}: a command's help, as picocli's own help command gives it,
 * or a diagnostic code's section of the error catalogue ({@code caplan help E-OVERLAP} is
 * {@code caplan explain-code E-OVERLAP}). picocli's help command cannot be extended (its class is
 * final and its argument private), so this one does what it does for commands: the usage of the
 * command named, of caplan without a name, and a usage error for a name that is neither.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = false,
        description = "Display help information about the specified command, or explain a diagnostic code.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command, or a code such as E-OVERLAP.")
    String name;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colours;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (name == null) {
            parent.usage(out, colours);
            return;
        }
        CommandLine command = parent.getSubcommands().get(name);
        if (command != null) {
            command.usage(out, colours);
            return;
        }
        var code = ErrorCatalogue.code(name);
        if (code.isPresent() && ErrorCatalogue.section(code.get()).isPresent()) {
            out.print(ErrorCatalogue.section(code.get()).get());
            out.flush();
            return;
        }
        throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
    }
}

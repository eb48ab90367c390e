package dev.caplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan completion bash|zsh}: prints a shell completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh: subcommands, options, and the report "
                + "and scenario names of the model named on the command line.",
        footer = {"", "Examples:",
                "  source <(caplan completion bash)        # in ~/.bashrc",
                "  source <(caplan completion zsh)         # in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine all = CaplanCommand.complete();
        String script = switch (shell) {
            case "bash" -> CompletionScript.bash(all);
            case "zsh" -> CompletionScript.zsh(all);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "no completion for '" + shell + "': use bash or zsh");
        };
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

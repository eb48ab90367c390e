package dev.caplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The arguments of commands that take model paths and then one expression: {@code PATH... EXPR}. */
final class ModelAndExpression {

    /**
     * One or more here, and at least two checked by hand: picocli reads an arity of two or more as
     * "the next two arguments", and then refuses {@code --} or an option between them, which
     * {@code caplan query DIR --at DATE -- '-azc + cno'} needs.
     */
    @Parameters(arity = "1..*", paramLabel = "PATH... EXPR", hideParamSyntax = true,
            description = "Model files or directories, then the expression (quote it for the shell; "
                    + "one that starts with '-' goes after --).")
    List<String> arguments;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    List<Path> paths() {
        return complete().subList(0, arguments.size() - 1).stream().map(Path::of).toList();
    }

    String expression() {
        return complete().get(arguments.size() - 1);
    }

    private List<String> complete() {
        if (arguments.size() < 2) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "give the model's paths and then the expression: " + command.qualifiedName() + " PATH... EXPR");
        }
        return arguments;
    }
}

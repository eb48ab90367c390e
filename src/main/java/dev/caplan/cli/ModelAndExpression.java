package dev.caplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

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

    List<Path> paths(Invocation run) {
        return complete(run).subList(0, arguments.size() - 1).stream().map(Path::of).toList();
    }

    String expression(Invocation run) {
        return complete(run).get(arguments.size() - 1);
    }

    private List<String> complete(Invocation run) {
        if (arguments.size() < 2) {
            throw run.usageError("give the model's paths and then the expression: " + run.commandName() + " PATH... EXPR");
        }
        return arguments;
    }
}

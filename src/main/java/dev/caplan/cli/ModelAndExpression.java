package dev.caplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The arguments of commands that take model paths and then one expression: {@code PATH... EXPR}. */
final class ModelAndExpression {

    @Parameters(arity = "2..*", paramLabel = "PATH... EXPR", hideParamSyntax = true,
            description = "Model files or directories, then the expression (quote it for the shell).")
    List<String> arguments;

    List<Path> paths() {
        return arguments.subList(0, arguments.size() - 1).stream().map(Path::of).toList();
    }

    String expression() {
        return arguments.get(arguments.size() - 1);
    }
}

package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.Golden;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The fast path's table ({@link FastPathTable}) is picocli's model of every {@link FastCommand},
 * written out: this test makes it from the annotations and compares it with the file, so an option
 * added, renamed or given a default is one the fast path knows, or the build fails here
 * ({@code -Dgolden.update=true} rewrites the file).
 */
class FastPathTableTest {

    static final Path TABLE = Path.of("src/main/java/dev/caplan/cli/FastPathTableText.java");

    @Test
    void theTableIsPicocliModelOfTheFastCommands() throws Exception {
        StringBuilder text = new StringBuilder();
        CommandLine all = CaplanCommand.complete();
        for (String name : CaplanCommand.allNames()) {
            if (CaplanCommand.newCommand(name).orElseThrow() instanceof FastCommand) {
                text.append(block(name, all.getSubcommands().get(name).getCommandSpec()));
            }
        }
        Golden.assertMatches(TABLE, javaSource(text.toString()));
    }

    @Test
    void evalQueryAndCheckAreOnTheFastPath() {
        for (String name : List.of("eval", "query", "check")) {
            assertThat(FastPathTable.of(name)).as(name).isPresent();
        }
        assertThat(FastPathTable.of("diff")).isEmpty();
    }

    /** The table as the class the fast path reads it from (FastPathTable's comment says the lines' forms). */
    private static String javaSource(String table) {
        return "package dev.caplan.cli;\n\n"
                + "/**\n"
                + " * The fast path's table of commands ({@link FastPath}, {@link FastPathTable}): made from picocli's\n"
                + " * model of each {@link FastCommand} by FastPathTableTest. Do not edit: after changing a command's\n"
                + " * options, run {@code mvn test -Dtest=FastPathTableTest -Dgolden.update=true} and review the change.\n"
                + " */\n"
                + "final class FastPathTableText {\n"
                + "    static final String TEXT = \"\"\"\n"
                + table.strip().lines().map(line -> line.isEmpty() ? "\n" : "            " + line + "\n")
                        .collect(Collectors.joining())
                + "            \"\"\";\n\n"
                + "    private FastPathTableText() {\n"
                + "    }\n"
                + "}\n";
    }

    private static String block(String name, CommandSpec spec) {
        StringBuilder text = new StringBuilder("\ncommand " + name + " " + inThisPackage(spec.userObject().getClass()) + "\n");
        for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
            if (mixin.getValue().userObject().getClass().getName().startsWith("picocli.")) {
                continue; // picocli's own (--help, --version), which the fast path leaves to picocli
            }
            text.append("mixin ").append(mixin.getKey()).append(' ')
                    .append(inThisPackage(mixin.getValue().userObject().getClass())).append('\n');
        }
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        assertThat(positionals).as("%s: the fast path takes one list of arguments", name).hasSize(1);
        PositionalParamSpec arguments = positionals.get(0);
        assertThat(arguments.arity().isUnspecified() || arguments.arity().max() == Integer.MAX_VALUE)
                .as("%s: its arguments are a list of any length", name).isTrue();
        assertThat(arguments.converters()).as("%s: its arguments have no converter", name).isNullOrEmpty();
        Class<?> element = arguments.auxiliaryTypes()[0];
        assertThat(element).as("%s: its arguments are text or paths", name).isIn(String.class, Path.class);
        text.append("arguments ").append(target(spec, arguments)).append(' ').append(arguments.arity().min())
                .append(' ').append(element == Path.class ? "path" : "text").append('\n');
        for (OptionSpec option : spec.options()) {
            text.append(line(spec, option)).append('\n');
        }
        return text.toString();
    }

    /** A class of the command line's package, by its simple name (the fast path makes mixins by name). */
    private static String inThisPackage(Class<?> type) {
        assertThat(type.getPackageName()).as("%s is in the cli package", type).isEqualTo(FastPath.class.getPackageName());
        return type.getSimpleName();
    }

    private static String line(CommandSpec spec, OptionSpec option) {
        String names = String.join(",", option.names());
        boolean converted = option.converters() != null && option.converters().length > 0;
        if (option.usageHelp() || option.versionHelp() || converted) {
            return "refer " + names;
        }
        Class<?> type = option.type();
        if ((type == boolean.class || type == Boolean.class) && option.arity().max() == 0 && !option.required()) {
            return "flag " + names + " " + (option.inherited() ? "-" : target(spec, option));
        }
        if ((type == String.class || type == Path.class) && option.arity().min() == 1 && option.arity().max() == 1
                && !option.inherited() && (option.defaultValue() == null || !option.defaultValue().contains("${"))) {
            return "value " + names + " " + target(spec, option) + " " + (type == Path.class ? "path" : "text")
                    + (option.required() ? " required" : " optional")
                    + (option.defaultValue() == null ? "" : " " + option.defaultValue());
        }
        return "refer " + names;
    }

    /** The field an option or argument sets: {@code field} on the command, {@code mixin.field} on one of its mixins. */
    private static String target(CommandSpec spec, ArgSpec arg) {
        Field field = (Field) arg.userObject();
        if (field.getDeclaringClass() == spec.userObject().getClass()) {
            return field.getName();
        }
        for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
            if (mixin.getValue().userObject().getClass() == field.getDeclaringClass()) {
                return mixin.getKey() + "." + field.getName();
            }
        }
        throw new AssertionError(spec.name() + ": " + field + " is on neither the command nor one of its mixins");
    }
}

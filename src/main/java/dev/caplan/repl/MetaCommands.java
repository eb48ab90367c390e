package dev.caplan.repl;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Outcome;
import dev.caplan.output.BarChart;
import dev.caplan.repl.MetaCommand.ArgumentKind;
import dev.caplan.result.ResultTable;
import dev.caplan.source.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The meta-commands, as one table: dispatch (a unique prefix is enough: {@code :rep} is
 * {@code :report}), {@code :help} and completion all read it.
 */
final class MetaCommands {
    private final Repl repl;
    private final List<MetaCommand> table;

    MetaCommands(Repl repl) {
        this.repl = repl;
        this.table = List.of(
                new MetaCommand("help", "[COMMAND]", "list the commands, or explain one", ArgumentKind.COMMAND,
                        arg -> Answer.text(help(arg))),
                new MetaCommand("report", "[NAME]", "print every report, or the one named", ArgumentKind.REPORT,
                        arg -> Answer.of(repl.session().report(arg.isEmpty() ? null : arg))),
                new MetaCommand("explain", "EXPR at DATE | EXPR over PERIOD", "show how a value was computed",
                        ArgumentKind.EXPRESSION, this::explain),
                new MetaCommand("chart", "EXPR over RANGE", "draw the values over periods as bars",
                        ArgumentKind.EXPRESSION, this::chart),
                new MetaCommand("scenario", "[NAME | -]", "look at the model as a scenario changes it (- : none)",
                        ArgumentKind.SCENARIO, this::scenario),
                new MetaCommand("diff", "", "show the unsaved changes as a diff of the files", ArgumentKind.NONE,
                        arg -> Answer.text(repl.session().diff())),
                new MetaCommand("undo", "", "take back the last change", ArgumentKind.NONE,
                        arg -> Answer.of(repl.session().undo())),
                new MetaCommand("redo", "", "make the last undone change again", ArgumentKind.NONE,
                        arg -> Answer.of(repl.session().redo())),
                new MetaCommand("save", "[scenario NAME]", "write the changes into the files, or as a scenario file",
                        ArgumentKind.NONE, this::save),
                new MetaCommand("load", "PATH...", "load other model files (twice to drop unsaved changes)",
                        ArgumentKind.PATH, this::load),
                new MetaCommand("reload", "", "read the files again (twice to drop unsaved changes)", ArgumentKind.NONE,
                        arg -> guarded("reload", () -> Answer.of(repl.session().reload()))),
                new MetaCommand("quit", "", "leave (twice to leave with unsaved changes)", ArgumentKind.NONE,
                        arg -> guarded("quit", () -> {
                            repl.quit();
                            return Answer.NOTHING;
                        })));
    }

    List<MetaCommand> all() {
        return table;
    }

    /** Runs ":name argument". */
    Answer run(String input) {
        String body = input.substring(1).strip();
        String word = body.split("\\s+", 2)[0];
        String argument = body.substring(word.length()).strip();
        List<MetaCommand> matches = matching(word);
        if (matches.size() != 1) {
            return Answer.failure(matches.isEmpty() ? "unknown command :" + word + " (:help lists them)\n"
                    : "ambiguous :" + word + ": " + String.join(", ", matches.stream().map(c -> ":" + c.name()).toList())
                    + "\n");
        }
        return matches.get(0).run().apply(argument);
    }

    /** A command that drops unsaved changes: done if there are none, or if it is given twice in a row. */
    private Answer guarded(String command, Supplier<Answer> action) {
        Answer warning = repl.unsaved().guard(command, "type :" + command + " again to " + switch (command) {
            case "quit" -> "leave without saving";
            case "load" -> "load without saving";
            default -> "drop them";
        });
        return warning != null ? warning : action.get();
    }

    private Answer load(String argument) {
        if (argument.isEmpty()) {
            return Answer.failure("usage: :load PATH...\n");
        }
        return guarded("load", () -> repl.load(Arrays.stream(argument.split("\\s+")).map(Path::of).toList()));
    }

    /** The commands a prefix names: the one spelled exactly, else every one it starts. */
    List<MetaCommand> matching(String prefix) {
        List<MetaCommand> found = new ArrayList<>();
        for (MetaCommand command : table) {
            if (command.name().equals(prefix)) {
                return List.of(command);
            }
            if (command.name().startsWith(prefix)) {
                found.add(command);
            }
        }
        return found;
    }

    private String help(String argument) {
        StringBuilder out = new StringBuilder();
        if (!argument.isEmpty()) {
            List<MetaCommand> matches = matching(argument.replaceFirst("^:", ""));
            if (matches.size() == 1) {
                MetaCommand c = matches.get(0);
                return ":" + c.name() + " " + c.argument() + "\n  " + c.summary() + "\n";
            }
        }
        out.append("Type an expression to see its value (add: at DATE, or over RANGE):\n")
                .append("  azc at 2023-07-01        capacity[Deventer] by kind over 2023-01 .. 2023-06\n")
                .append("Type a declaration or a change to replace it; what it moves is shown:\n")
                .append("  \"ROL Zwolle\" capacity 300 from 2023-06-01 until 2026-02-01\n")
                .append("  cno[Kampen, 2023-01-01] = 50        let azc = capacity[kind in (AZC, ROL)]\n")
                .append("Commands (a unique prefix is enough):\n");
        for (MetaCommand c : table) {
            out.append(String.format("  :%-9s %-32s %s%n", c.name(), c.argument(), c.summary()));
        }
        return out.toString();
    }

    private Answer explain(String argument) {
        String[] parts = splitLast(argument, " at ");
        if (parts != null) {
            return Answer.of(repl.session().explain(parts[0], parts[1], null));
        }
        parts = splitLast(argument, " over ");
        if (parts != null) {
            return Answer.of(repl.session().explain(parts[0], null, parts[1]));
        }
        return Answer.failure("usage: :explain EXPR at DATE   or   :explain EXPR over PERIOD\n");
    }

    private Answer chart(String argument) {
        String[] parts = splitLast(argument, " over ");
        if (parts == null) {
            return Answer.failure("usage: :chart EXPR over RANGE   (for example :chart azc, cno over 2023-01 .. 2023-12)\n");
        }
        List<ResultTable> tables = new ArrayList<>();
        StringBuilder problems = new StringBuilder();
        boolean failed = false;
        for (String expression : parts[0].split(",(?![^\\[(]*[\\])])")) {
            Outcome<ResultTable> table = repl.session().table(expression.strip(), parts[1]);
            problems.append(Answer.problems(table.diagnostics()));
            if (table.value() != null) {
                tables.add(table.value());
                Diagnostic tooLarge = tooLargeToDraw(tables);
                if (tooLarge != null) { // a line per bar: a daily series over years would print for minutes
                    return Answer.failure(problems + Answer.problems(List.of(tooLarge)));
                }
            } else {
                failed = true;
            }
        }
        return new Answer(tables.isEmpty() ? "" : BarChart.render(tables), problems.toString(), failed);
    }

    /**
     * Why the tables are more than one chart shows, or null: the limits of every chart caplan draws
     * ({@link Limits#CHART_SERIES} series, {@link Limits#CHART_BARS} bars each), checked as each
     * expression's table arrives so no further one is computed.
     */
    private static Diagnostic tooLargeToDraw(List<ResultTable> tables) {
        int bars = tables.get(0).headings().size();
        if (bars > Limits.CHART_BARS) {
            return Diagnostic.error(Code.LIMIT, null, "a chart shows at most " + Limits.CHART_BARS
                    + " bars per series, not " + bars).withHint("chart a shorter range, or by month instead of by day");
        }
        int series = tables.stream().mapToInt(table -> table.rows().size()).sum();
        if (series > Limits.CHART_SERIES) {
            return Diagnostic.error(Code.LIMIT, null, "a chart shows 1 to " + Limits.CHART_SERIES + " series, not "
                    + series).withHint("group more coarsely (by kind rather than by location), or split the chart");
        }
        return null;
    }

    private Answer scenario(String argument) {
        if (argument.isEmpty()) {
            List<String> names = repl.session().plan().scenarioNames();
            String current = repl.session().scenario();
            return Answer.text((names.isEmpty() ? "the model declares no scenarios" : "scenarios: "
                    + String.join(", ", names)) + "\nnow: " + (current == null ? "the model itself" : current) + "\n");
        }
        return Answer.of(repl.session().useScenario(argument.equals("-") ? null : argument));
    }

    private Answer save(String argument) {
        if (argument.isEmpty()) {
            return Answer.of(repl.session().save());
        }
        String[] words = argument.split("\\s+");
        if (words.length == 2 && words[0].equals("scenario")) {
            return Answer.of(repl.session().saveScenario(words[1]));
        }
        return Answer.failure("usage: :save   or   :save scenario NAME\n");
    }

    /** The text before and after the last occurrence of a separator, or null without one. */
    private static String[] splitLast(String text, String separator) {
        int at = text.lastIndexOf(separator);
        return at < 0 ? null : new String[] {text.substring(0, at).strip(), text.substring(at + separator.length()).strip()};
    }
}

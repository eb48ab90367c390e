package dev.caplan.cli;

import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Outcome;
import dev.caplan.memo.Memos;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan render MEMO.md [-o OUT.html | OUT.md] [--scenario S] [--locale nl] [--check | --watch]}: a memo, computed. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a memo (Markdown with caplan blocks and {{ inline values }}) to one HTML page "
                + "or to GitHub-flavoured Markdown, its tables and numbers computed from its model.",
                "Exit 0 when rendered, 65 when a block or value has an error (shown in its place, and here). "
                        + "With --check: exit 1 when the committed rendering is stale, naming each figure that changed."},
        footer = {"", "Examples:",
                "  caplan render examples/memo/memo.md -o examples/memo/memo.html",
                "  caplan render examples/memo/memo.md -o memo.md --scenario firm",
                "  caplan render --check examples/memo/memo.md      # in CI: exit 1 if memo.html is stale",
                "  caplan render --watch examples/memo/memo.md -o /tmp/memo.html   # rewritten on every change",
                "  caplan render notes.md -o notes.html --locale nl   # Dutch numbers and dates (as lang: nl does)",
                "The stamp's date is today (UTC), or the day of SOURCE_DATE_EPOCH when it is set."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MEMO", description = "The memo: a Markdown file with front matter naming its model.")
    Path memo;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here: FILE.md gives Markdown, any other name HTML (default: HTML on standard output). "
                    + "With --check: the committed rendering (default: the memo's name with .html, beside it).")
    Path output;

    @Option(names = "--check", description = "Compare the committed rendering with what the model gives now; write nothing.")
    boolean check;

    @Option(names = "--watch", description = "Write -o FILE, then again whenever the memo or a file of its model "
            + "changes, until Ctrl-C (a live preview in the browser: caplan serve).")
    boolean watch;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    LocaleOption locale;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        LocalDate date = renderDate(commandLine);
        String language = locale.given() ? locale.wording(Invocation.of(commandLine)).language() : null; // null: the memo's lang
        if (check) {
            if (watch) {
                throw new CommandLine.ParameterException(commandLine, "--watch writes a rendering; --check writes none: "
                        + "give one of them");
            }
            return check(commandLine, date, language);
        }
        if (output != null && output.toAbsolutePath().normalize().equals(memo.toAbsolutePath().normalize())) {
            commandLine.getErr().println("caplan: will not write over the memo itself: " + output
                    + "; name another file, such as " + Memos.conventionalOutput(memo));
            commandLine.getErr().flush();
            return ExitCodes.CANNOT_CREATE;
        }
        Memos.Kind kind = output == null ? Memos.Kind.HTML : Memos.Kind.of(output);
        if (watch) {
            if (output == null) {
                throw new CommandLine.ParameterException(commandLine, "--watch needs -o FILE, the file it keeps rewriting");
            }
            return WatchedRender.run(memo, output, new Memos.Settings(kind, scenario.scenario, date, true, language), commandLine);
        }
        Outcome<Memos.Rendered> rendered = Memos.render(memo, new Memos.Settings(kind, scenario.scenario, date, true, language),
                Memos.chartPrefix(output != null ? output : memo));
        ModelOptions.report(rendered.diagnostics(), Invocation.of(commandLine));
        if (rendered.value() == null) {
            return ModelOptions.exitCodeOf(rendered.diagnostics());
        }
        if (output == null) {
            commandLine.getOut().print(rendered.value().text());
            commandLine.getOut().flush();
        } else {
            if (!write(output, rendered.value(), commandLine)) {
                return ExitCodes.CANNOT_CREATE;
            }
        }
        return rendered.value().problems().isEmpty() ? ExitCodes.OK : ExitCodes.MODEL_ERRORS;
    }

    private int check(CommandLine commandLine, LocalDate date, String language) {
        Path committed = output != null ? output : Memos.conventionalOutput(memo);
        if (Memos.Kind.of(committed) != Memos.Kind.HTML) {
            throw new CommandLine.ParameterException(commandLine, "--check compares an HTML rendering; "
                    + committed + " is Markdown");
        }
        Outcome<List<Memos.Change>> compared = Memos.check(memo, committed,
                new Memos.Settings(Memos.Kind.HTML, scenario.scenario, date, false, language));
        ModelOptions.report(compared.diagnostics(), Invocation.of(commandLine));
        if (compared.value() == null) {
            return ModelOptions.exitCodeOf(compared.diagnostics());
        }
        boolean problems = compared.diagnostics().stream().anyMatch(Diagnostic::isError);
        PrintWriter out = commandLine.getOut();
        for (Memos.Change change : compared.value()) {
            out.println(memo + ":" + change.line() + ": " + change.figure() + ": "
                    + (change.was() == null ? "(new)" : change.was()) + " -> "
                    + (change.now() == null ? "(gone)" : change.now()));
        }
        if (compared.value().isEmpty()) {
            out.println("fresh: " + committed + " shows what the model gives now");
        } else {
            out.println("stale: " + compared.value().size() + " figure" + (compared.value().size() == 1 ? "" : "s")
                    + " changed; render again: caplan render " + memo + " -o " + committed);
        }
        out.flush();
        return problems ? ExitCodes.MODEL_ERRORS : compared.value().isEmpty() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }

    /**
     * Writes a rendering, and a Markdown rendering's chart files beside it; false after saying why
     * it could not be written.
     */
    static boolean write(Path output, Memos.Rendered rendered, CommandLine commandLine) {
        if (!OutputFile.write(output, rendered.text(), Invocation.of(commandLine))) {
            return false;
        }
        for (Map.Entry<String, String> chart : rendered.charts().entrySet()) {
            if (!OutputFile.write(output.resolveSibling(chart.getKey()), chart.getValue(), Invocation.of(commandLine))) {
                return false;
            }
        }
        return true;
    }

    /** Today in UTC, or the day of SOURCE_DATE_EPOCH (seconds since 1970), so a rendering can be reproduced. */
    static LocalDate renderDate(CommandLine commandLine) {
        String epoch = Invocation.of(commandLine).settings().environment().get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}

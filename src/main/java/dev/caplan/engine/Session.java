package dev.caplan.engine;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.Keywords;
import dev.caplan.ast.Name;
import dev.caplan.ast.ReplInput;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.Builtin;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Checker;
import dev.caplan.check.Column;
import dev.caplan.check.ColumnResolver;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.EvalException;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.Impact;
import dev.caplan.eval.QueryEvaluator;
import dev.caplan.eval.ResultTable;
import dev.caplan.eval.Value;
import dev.caplan.output.Format;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A REPL session on a model: answers expressions, applies tweaks (a declaration, one capacity
 * line, one grid cell) as edits of the files' text, recomputes only what the tweak touches and
 * says what changed; undoes and redoes; saves the edits into the files or as a scenario file.
 * Terminal-free: the REPL and the tests drive it alike.
 */
public final class Session {
    private final List<Path> paths;
    private final Workspace workspace = new Workspace();
    private final Deque<Map<Path, String>> undo = new ArrayDeque<>();
    private final Deque<Map<Path, String>> redo = new ArrayDeque<>();
    private List<SourceUnit> units;
    private Evaluator evaluator;
    private String scenario;
    /** Whether the last load found quotas, keys, actuals, areas or kinds changed: they decide what can be reused. */
    private boolean quotasChanged;

    private Session(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    /** Loads the model from disk; the outcome's value is null when it has errors. */
    public static Outcome<Session> open(List<Path> paths) {
        Session session = new Session(paths);
        List<Diagnostic> problems = session.load();
        return new Outcome<>(session.evaluator == null ? null : session, problems);
    }

    /** (Re)loads from the workspace texts; keeps the previous model when the new one has errors. */
    private List<Diagnostic> load() {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceUnit> loaded = SourceLoader.load(paths, diagnostics, workspace.texts(), parsedUnits());
        for (SourceUnit unit : loaded) {
            if (unit.file().path() != null) {
                workspace.remember(unit.file().path(), unit.file().text());
            }
        }
        quotasChanged = units != null && Changes.touchesQuotas(units, loaded);
        boolean sameReading = evaluator != null && evaluator.model().scenario() == null && scenario == null
                && !quotasChanged;
        CheckedModel model = Checker.check(loaded, diagnostics, sameReading ? evaluator.model() : null);
        if (scenario != null && !diagnostics.hasErrors()) {
            model = Checker.checkScenario(model, scenario, diagnostics);
        }
        if (!diagnostics.hasErrors()) {
            units = loaded;
            evaluator = new Evaluator(model);
        }
        return diagnostics.sorted();
    }

    /** The units of the last good load by file, so unchanged files are not parsed again. */
    private Map<Path, SourceUnit> parsedUnits() {
        Map<Path, SourceUnit> byFile = new java.util.HashMap<>();
        if (units != null) {
            for (SourceUnit unit : units) {
                if (unit.file().path() != null) {
                    byFile.put(Workspace.key(unit.file().path()), unit);
                }
            }
        }
        return byFile;
    }

    public Plan plan() {
        return new Plan(evaluator.model(), evaluator);
    }

    /** Whether the input stops in the middle of something, so the REPL should read another line. */
    public static boolean isIncomplete(String input) {
        return ModelParser.isIncomplete(input);
    }

    /** Evaluates an expression, or applies a tweak and reports what changed. */
    public Reply submit(String input) {
        Diagnostics diagnostics = new Diagnostics();
        ReplInput parsed = ModelParser.parseReplInput(SourceFile.ofText("<input>", input), diagnostics);
        if (parsed == null) {
            return Reply.problems(diagnostics.sorted());
        }
        Tweaker tweaker = new Tweaker(units);
        return parsed.accept(new ReplInput.Visitor<>() {
            @Override
            public Reply visitDeclaration(ReplInput.Declaration declaration) {
                return apply(tweaker.declaration(declaration.item(), input));
            }

            @Override
            public Reply visitSegment(ReplInput.Segment segment) {
                return apply(tweaker.segment(segment, input));
            }

            @Override
            public Reply visitCell(ReplInput.Cell cell) {
                return apply(tweaker.cell(cell));
            }

            @Override
            public Reply visitExpression(ReplInput.Expression expression) {
                return evaluate(input.strip(), expression);
            }

            @Override
            public Reply visitEmpty(ReplInput.Empty empty) {
                return Reply.text("");
            }
        });
    }

    private Reply evaluate(String text, ReplInput.Expression input) {
        Diagnostics diagnostics = new Diagnostics();
        Checker.checkExpression(evaluator.model(), input.expr(), diagnostics);
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec spec : input.over()) {
            columns.addAll(ColumnResolver.expand(spec, diagnostics));
        }
        if (input.expr() instanceof Expr.At at && columns.isEmpty() && at.when().isValid()) {
            columns.add(Column.ofDay(at.when().period().start()));
        }
        if (diagnostics.hasErrors()) {
            return Reply.problems(diagnostics.sorted());
        }
        String shown = input.over().isEmpty() ? text : text.substring(0, input.expr().span().end()).strip();
        try {
            Value value = evaluator.evaluate(input.expr());
            ResultTable table = QueryEvaluator.layout(shown, value, columns);
            return Reply.text(Plan.render(List.of(table), Format.TABLE));
        } catch (EvalException e) {
            return Reply.problems(List.of(Diagnostic.error(Code.ARITHMETIC, e.span(), e.getMessage())));
        }
    }

    private Reply apply(Tweak tweak) {
        if (tweak instanceof Tweak.Refused refused) {
            return Reply.problems(List.of(refused.problem()));
        }
        Tweak.Edit edit = (Tweak.Edit) tweak;
        Map<Path, String> before = workspace.snapshot();
        workspace.replace(edit.file(), edit.start(), edit.end(), edit.text());
        if (workspace.snapshot().equals(before)) {
            return Reply.text("nothing changed: " + edit.what() + " already reads so\n");
        }
        Reply reply = reloadAndCompare(edit.what().startsWith("added") ? edit.what() : "changed " + edit.what());
        if (reply.hasErrors()) {
            workspace.restore(before);
            return new Reply("the change was not made:\n", reply.diagnostics());
        }
        undo.push(before);
        redo.clear();
        return reply;
    }

    public Reply undo() {
        return step(undo, redo, "undone");
    }

    public Reply redo() {
        return step(redo, undo, "redone");
    }

    private Reply step(Deque<Map<Path, String>> from, Deque<Map<Path, String>> to, String done) {
        if (from.isEmpty()) {
            return Reply.text("nothing to " + done.replace("one", "o") + "\n");
        }
        to.push(workspace.snapshot());
        workspace.restore(from.pop());
        return reloadAndCompare(done);
    }

    /** Loads the edited texts and describes what moved, before → after. */
    private Reply reloadAndCompare(String headline) {
        Evaluator previous = evaluator;
        List<SourceUnit> previousUnits = units;
        List<Diagnostic> problems = load();  // also decides quotasChanged
        if (evaluator == previous) {
            return Reply.problems(problems);
        }
        boolean sameReading = java.util.Objects.equals(previous.model().scenario(), evaluator.model().scenario());
        try {
            Changes changes = new Changes(previous);  // reads the old values before they are handed over
            Impact impact = Impact.carryOver(previous, evaluator, quotasChanged, sameReading,
                    Changes.locationsOfReparsed(previousUnits, units));
            String described = changes.describe(evaluator);
            String recomputed = "recomputed " + impact.recomputed().size() + " of " + impact.definitions()
                    + " definitions" + (impact.recomputed().isEmpty() ? "" : ": " + String.join(", ", impact.recomputed()));
            return new Reply(headline + "\n" + described + recomputed + "\n", problems);
        } catch (EvalException e) {
            return new Reply(headline + "\n", List.of(Diagnostic.error(Code.ARITHMETIC, e.span(), e.getMessage())));
        }
    }

    /** Reads the files from disk again, dropping every unsaved change. */
    public Reply reload() {
        Session fresh = new Session(paths);
        List<Diagnostic> problems = fresh.load();
        if (fresh.evaluator == null) {
            return Reply.problems(problems);
        }
        workspace.restore(fresh.workspace.snapshot());
        workspace.forgetLoaded(fresh.workspace);
        undo.clear();
        redo.clear();
        units = fresh.units;
        evaluator = fresh.evaluator;
        return new Reply("reloaded " + units.size() + (units.size() == 1 ? " file\n" : " files\n"), problems);
    }

    /** The pending changes as a unified diff of the files. */
    public String diff() {
        StringBuilder out = new StringBuilder();
        for (Path file : workspace.changedFiles()) {
            out.append(TextDiff.unified(SourceLoader.displayName(file), workspace.loadedText(file), workspace.text(file)));
        }
        return out.length() == 0 ? "no changes\n" : out.toString();
    }

    /** Writes the changes into the files they came from. */
    public Reply save() {
        try {
            List<Path> stale = workspace.changedOnDisk();
            if (!stale.isEmpty()) {
                return Reply.problems(List.of(Diagnostic.error(Code.USAGE, null, "not saved: "
                        + String.join(", ", stale.stream().map(SourceLoader::displayName).toList())
                        + " changed on disk since it was loaded").withHint(
                        ":diff shows your changes; :reload takes the disk version (dropping them)")));
            }
            List<Path> written = workspace.save();
            return Reply.text(written.isEmpty() ? "nothing to save\n" : "saved " + String.join(", ",
                    written.stream().map(SourceLoader::displayName).toList()) + "\n");
        } catch (IOException e) {
            return Reply.problems(List.of(Diagnostic.error(Code.IMPORT, null, "not saved: " + e.getMessage())));
        }
    }

    /** Writes the changes as a scenario file that eval --scenario NAME replays; the model files stay as they are. */
    public Reply saveScenario(String name) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceUnit> original = SourceLoader.load(paths, diagnostics);
        String text = ScenarioWriter.write(name, original, units);
        if (text == null) {
            return Reply.text("no changes to save as a scenario\n");
        }
        Path file = ScenarioWriter.fileFor(paths.get(0), name);
        try {
            if (java.nio.file.Files.exists(file)) {
                return Reply.problems(List.of(Diagnostic.error(Code.USAGE, null, "not saved: "
                        + SourceLoader.displayName(file) + " exists").withHint("choose another scenario name")));
            }
            Workspace.writeAtomically(file, text);
        } catch (IOException e) {
            return Reply.problems(List.of(Diagnostic.error(Code.IMPORT, null, "not saved: " + e.getMessage())));
        }
        return Reply.text("saved scenario " + name + " in " + SourceLoader.displayName(file)
                + "\nreplay it with: caplan eval " + String.join(" ", paths.stream().map(Path::toString).toList())
                + (java.nio.file.Files.isDirectory(paths.get(0)) ? "" : " " + SourceLoader.displayName(file))
                + " --scenario " + name + "\n");
    }

    /** Every report, or the one named, as text. */
    public Reply report(String name) {
        Outcome<List<ResultTable>> tables = plan().reports(name);
        return new Reply(tables.value() == null ? "" : Plan.render(tables.value(), Format.TABLE), tables.diagnostics());
    }

    /** How a value on a day ({@code at}) or over a period ({@code over}) came about. */
    public Reply explain(String expression, String at, String over) {
        Outcome<String> explanation = plan().explain(expression, at, over);
        return new Reply(explanation.value() == null ? "" : explanation.value(), explanation.diagnostics());
    }

    /** An expression's values over periods, for a chart. */
    public Outcome<ResultTable> table(String expression, String over) {
        return plan().query(expression, null, over);
    }

    /**
     * Looks at the model as a scenario changes it (null: the model itself). Tweaks still edit the
     * model's files; the scenario is applied on top of them.
     */
    public Reply useScenario(String name) {
        if (name != null && !evaluator.model().scenarios().containsKey(name) && !plan().scenarioNames().contains(name)) {
            Outcome<Plan> missing = plan().scenario(name);
            return Reply.problems(missing.diagnostics());
        }
        String previous = scenario;
        scenario = name;
        Reply reply = reloadAndCompare(name == null ? "back to the model without scenario" : "scenario " + name);
        if (reply.hasErrors()) {
            scenario = previous;
            load();
        }
        return reply;
    }

    public String scenario() {
        return scenario;
    }

    /** A piece of input and what it is (KEYWORD, NAME, STRING, NUMBER, PERIOD, OPERATOR, COMMENT, ERROR, OTHER). */
    public record Piece(int start, int end, String kind) {
    }

    /** The input cut into pieces by kind, for syntax colouring. */
    public static List<Piece> pieces(String input) {
        return ModelParser.tokens(input).stream().map(t -> new Piece(t.start(), t.end(), t.kind().name())).toList();
    }

    /** The reserved words, for completion. */
    public static Set<String> keywords() {
        return Keywords.ALL;
    }

    /** The names of the built-in functions, for completion. */
    public static List<String> functionNames() {
        return Builtin.names();
    }

    /** A name as it must be typed: quoted when it is not a bare word ({@code "ROL Zwolle"}, {@code "in"}). */
    public static String asWritten(String name) {
        return new Name(name, false, null).source();
    }

    /** The days on which some location's places change, for completing dates. */
    public List<String> dates() {
        java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
        for (dev.caplan.check.Location location : evaluator.model().locations().values()) {
            for (dev.caplan.check.Segment segment : location.segments()) {
                days.add(segment.from());
                days.add(segment.until());
            }
        }
        days.remove(dev.caplan.time.Days.BEGINNING);
        days.remove(dev.caplan.time.Days.END);
        return days.stream().map(dev.caplan.time.Days::format).toList();
    }

    /** The names a user may type, for completion. */
    public Names names() {
        CheckedModel model = evaluator.model();
        return new Names(List.copyOf(model.locations().keySet()), List.copyOf(model.areas().keySet()),
                List.copyOf(model.lets().keySet()), List.copyOf(model.reports().keySet()),
                List.copyOf(model.scenarios().keySet()), List.copyOf(model.quotas().keySet()),
                List.copyOf(model.kinds().keySet()), List.copyOf(model.tables().keySet()));
    }

    /** Everything a user can name, by sort. */
    public record Names(List<String> locations, List<String> areas, List<String> definitions, List<String> reports,
                        List<String> scenarios, List<String> quotas, List<String> kinds, List<String> tables) {
    }

    List<Item> items() {
        List<Item> items = new ArrayList<>();
        units.forEach(unit -> items.addAll(unit.items()));
        return items;
    }
}

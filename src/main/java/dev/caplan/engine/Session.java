package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.Keywords;
import dev.caplan.ast.Name;
import dev.caplan.ast.ReplInput;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.Builtin;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.Recompute;
import dev.caplan.output.Format;
import dev.caplan.output.Prose;
import dev.caplan.parse.ModelParser;
import dev.caplan.result.ResultTable;
import dev.caplan.source.Limits;
import dev.caplan.source.SourceFile;
import dev.caplan.time.Days;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A REPL session on a model: answers expressions, applies tweaks (a declaration, one capacity
 * line, one grid cell) as edits of the files' text, recomputes only what the tweak touches and
 * says what changed; undoes and redoes; saves the edits into the files or as a scenario file.
 * Terminal-free: the REPL and the tests drive it alike.
 */
public final class Session {
    /** The longest undo history kept: edits, not files, so this bounds only pathological sessions. */
    private static final int UNDO_STEPS = 10_000;
    /** A scenario name becomes a file name: a caplan name of letters, digits and _, nothing that walks folders. */
    private static final Pattern SCENARIO_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]{0,99}");

    private final List<Path> paths;
    private final Workspace workspace = new Workspace();
    private final Deque<TextEdit> undo = new ArrayDeque<>();
    private final Deque<TextEdit> redo = new ArrayDeque<>();
    private final KeptLayout layout = new KeptLayout();
    /** The last load without errors, and an evaluator on its model. */
    private Loaded loaded;
    private Evaluator evaluator;
    private String scenario;

    private Session(List<Path> paths) {
        this.paths = new ArrayList<>(paths); // a scenario saved beside a model file joins them
    }

    /** Loads the model from disk; the outcome's value is null when it has errors. */
    public static Outcome<Session> open(List<Path> paths) {
        Session session = new Session(paths);
        Diagnostics diagnostics = new Diagnostics();
        Loaded first = session.read(diagnostics);
        if (!diagnostics.hasErrors()) {
            session.loaded = first;
            session.evaluator = Pipeline.evaluate(first);
        }
        return new Outcome<>(diagnostics.hasErrors() ? null : session, diagnostics.sorted());
    }

    /** Loads the workspace texts (edited or as on disk) as the session's scenario changes them. */
    private Loaded read(Diagnostics diagnostics) {
        Loaded next = Pipeline.load(paths, workspace.texts(), loaded, scenario, diagnostics);
        for (SourceUnit unit : next.units()) {
            if (unit.file().path() != null) {
                workspace.remember(unit.file().path(), unit.file().text(), unit.file().byteOrderMark());
            }
        }
        return next;
    }

    public Plan plan() {
        return new Plan(evaluator, loaded.units());
    }

    /** Whether the input stops in the middle of something, so the REPL should read another line. */
    public static boolean isIncomplete(String input) {
        return ModelParser.isIncomplete(input);
    }

    /** Evaluates an expression, or applies a tweak and reports what changed. */
    public Reply submit(String input) {
        if (input.length() > Limits.REPL_INPUT) {
            return Reply.problems(List.of(Diagnostic.error(Code.LIMIT, null, "an input of more than "
                    + Limits.REPL_INPUT + " characters").withHint("put long declarations in a model file and :reload")));
        }
        Diagnostics diagnostics = new Diagnostics();
        ReplInput parsed = ModelParser.parseReplInput(SourceFile.ofText("<input>", input), diagnostics);
        if (parsed == null || diagnostics.hasErrors() && !(parsed instanceof ReplInput.Expression)) {
            return Reply.problems(diagnostics.sorted()); // a change with a date that does not exist is not tried
        }
        Tweaker tweaker = new Tweaker(loaded.units());
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
                return evaluate(input, expression, diagnostics);
            }

            @Override
            public Reply visitEmpty(ReplInput.Empty empty) {
                return Reply.text("");
            }
        });
    }

    /** Asks the model an expression; {@code diagnostics} holds what parsing it found, so the question sees it. */
    private Reply evaluate(String input, ReplInput.Expression expression, Diagnostics diagnostics) {
        Question question = Question.of(evaluator.model(), expression, input, diagnostics);
        if (question == null) {
            return Reply.problems(diagnostics.sorted());
        }
        Outcome<ResultTable> answer = plan().ask(question);
        List<Diagnostic> problems = new ArrayList<>(diagnostics.sorted());
        problems.addAll(answer.diagnostics());
        return new Reply(answer.value() == null ? "" : Plan.render(List.of(answer.value()), Format.TABLE), problems);
    }

    private Reply apply(Tweak tweak) {
        if (tweak instanceof Tweak.Refused refused) {
            return Reply.problems(List.of(refused.problem()));
        }
        Tweak.Edit edit = (Tweak.Edit) tweak;
        String text = workspace.text(edit.file());
        TextEdit change = layout.widen(new TextEdit(edit.file(), edit.start(), text.substring(edit.start(), edit.end()),
                LineEndings.as(edit.text(), LineEndings.of(text))), text, workspace.loadedText(edit.file())); // CRLF stays CRLF
        if (change.removed().equals(change.inserted())) {
            return Reply.text("nothing changed: " + edit.what() + " already reads so\n");
        }
        Map<Path, String> before = workspace.snapshot();
        workspace.apply(change);
        Reply reply = reloading(before, edit.what().startsWith("added") ? edit.what() : "changed " + edit.what());
        if (reply.hasErrors()) {
            workspace.restore(before);
            return new Reply("the change was not made:\n", reply.diagnostics());
        }
        undo.push(change);
        if (undo.size() > UNDO_STEPS) {
            undo.removeLast();
        }
        redo.clear();
        return reply;
    }

    public Reply undo() {
        return step(undo, redo, "undone");
    }

    public Reply redo() {
        return step(redo, undo, "redone");
    }

    private Reply step(Deque<TextEdit> from, Deque<TextEdit> to, String done) {
        if (from.isEmpty()) {
            return Reply.text("nothing to " + done.replace("one", "o") + "\n");
        }
        Map<Path, String> before = workspace.snapshot();
        workspace.apply(from.peek().inverse());
        Reply reply = reloading(before, done);
        to.push(from.pop().inverse());
        return reply;
    }

    /**
     * {@link #reloadAndCompare} after the workspace was changed from {@code before}. If it fails
     * with an exception or an error (a stack overflow in a deeply nested expression), the session
     * is put back as it was before, texts and model alike, since the REPL goes on after it.
     */
    private Reply reloading(Map<Path, String> before, String headline) {
        Loaded previousLoaded = loaded;
        Evaluator previousEvaluator = evaluator;
        try {
            return reloadAndCompare(headline);
        } catch (RuntimeException | Error e) {
            workspace.restore(before);
            if (loaded != previousLoaded) { // the old evaluator may have handed its values to the new one
                loaded = previousLoaded;
                evaluator = Pipeline.evaluate(previousLoaded);
            } else {
                evaluator = previousEvaluator;
            }
            throw e;
        }
    }

    /**
     * Loads the edited texts and describes what moved, before → after. Without errors the session
     * moves on to the new model, even when comparing it fails (the failure is the reply's diagnostic).
     */
    private Reply reloadAndCompare(String headline) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded next = read(diagnostics);
        if (diagnostics.hasErrors()) {
            return Reply.problems(diagnostics.sorted());
        }
        Evaluator previous = evaluator;
        loaded = next;
        Outcome<Recompute.Recomputed> recomputed = Outcome.guarded(() -> Pipeline.recompute(previous, next));
        if (recomputed.value() == null) {
            evaluator = Pipeline.evaluate(next); // the old one may have handed its values over already
            List<Diagnostic> problems = new ArrayList<>(diagnostics.sorted());
            problems.addAll(recomputed.diagnostics());
            return new Reply(headline + "\n", problems);
        }
        Recompute.Recomputed result = recomputed.value();
        evaluator = result.evaluator();
        String names = result.recomputed().isEmpty() ? "" : ": " + String.join(", ", result.recomputed());
        return new Reply(headline + "\n" + Prose.changes(result.moved()) + "recomputed " + result.recomputed().size()
                + " of " + result.definitions() + " definitions" + names + "\n", diagnostics.sorted());
    }

    /**
     * Whether the session holds changes that are not on disk, so leaving or reloading would lose
     * them. After {@code :save scenario} the changes are on disk, in the scenario file.
     */
    public boolean hasUnsavedChanges() {
        return !workspace.changedFiles().isEmpty();
    }

    /** The files with unsaved changes, as they are shown ({@code models/ijsselland/azc.caplan}). */
    public List<String> unsavedFiles() {
        return workspace.changedFiles().stream().map(SourceLoader::displayName).toList();
    }

    /** Reads the files from disk again, dropping every unsaved change. */
    public Reply reload() {
        Session fresh = new Session(paths);
        fresh.scenario = scenario;
        Diagnostics diagnostics = new Diagnostics();
        Loaded reread = fresh.read(diagnostics);
        if (diagnostics.hasErrors()) {
            return Reply.problems(diagnostics.sorted());
        }
        List<Diagnostic> problems = diagnostics.sorted();
        workspace.restore(fresh.workspace.snapshot());
        workspace.forgetLoaded(fresh.workspace);
        undo.clear();
        redo.clear();
        loaded = reread;
        evaluator = Pipeline.evaluate(reread);
        int files = reread.units().size();
        return new Reply("reloaded " + files + (files == 1 ? " file\n" : " files\n"), problems);
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
            List<Path> written = workspace.save(modelFolder());
            return Reply.text(written.isEmpty() ? "nothing to save\n" : "saved " + String.join(", ",
                    written.stream().map(SourceLoader::displayName).toList()) + "\n");
        } catch (IOException e) {
            return Reply.problems(List.of(notSaved(e)));
        }
    }

    private static Diagnostic notSaved(IOException e) {
        return Diagnostic.error(Code.SAVE, null, "not saved: " + IoProblems.describe(e))
                .withHint("the files on disk are as they were; :diff shows your changes");
    }

    /** The model's folder: the folder given, or the folder of the first file given. */
    private Path modelFolder() {
        Path first = paths.get(0);
        return Files.isDirectory(first) ? ModelRoot.of(first).folder() : ModelRoot.ofFile(first).folder();
    }

    /**
     * Writes the changes as a scenario file that eval --scenario NAME replays, in {@code scenarios/}
     * of the model's folder. Afterwards the changes live there: the session's files go back to what
     * is on disk and the session looks at the new scenario, so every value shown stays the same and
     * a following {@code :save} has nothing to write into the model's files.
     */
    public Reply saveScenario(String name) {
        if (!SCENARIO_NAME.matcher(name).matches()) {
            return Reply.problems(List.of(Diagnostic.error(Code.USAGE, null, "not saved: a scenario name is letters,"
                    + " digits and _ (a caplan name), not " + SafeReader.quoted(name).replace('"', '\'')
                    ).withHint("for example :save scenario more_places")));
        }
        Diagnostics diagnostics = new Diagnostics();
        List<SourceUnit> original = SourceLoader.load(paths, diagnostics);
        String text = ScenarioWriter.write(name, original, loaded.units());
        if (text == null) {
            return Reply.text("no changes to save as a scenario\n");
        }
        ModelRoot root = ModelRoot.of(modelFolder());
        Path file = ScenarioWriter.fileFor(root.folder(), name);
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            if (!root.holdsReal(folder.toRealPath())) {
                return Reply.problems(List.of(Diagnostic.error(Code.SAVE, null, "not saved: the folder "
                        + SourceLoader.displayName(folder) + " leads outside the model's folder " + root.shown())
                        .withHint("make scenarios a folder of the model, not a link elsewhere")));
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Reply.problems(List.of(Diagnostic.error(Code.USAGE, null, "not saved: "
                        + SourceLoader.displayName(file) + " exists").withHint("choose another scenario name")));
            }
            FileSaver.create(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Reply.problems(List.of(notSaved(e)));
        }
        boolean inFolder = Files.isDirectory(paths.get(0));
        String saved = "saved scenario " + name + " in " + SourceLoader.displayName(file)
                + "\nreplay it with: caplan eval " + String.join(" ", paths.stream().map(Path::toString).toList())
                + (inFolder ? "" : " " + SourceLoader.displayName(file)) + " --scenario " + name + "\n";
        if (!inFolder) {
            paths.add(file);
        }
        String previous = scenario;
        scenario = name;
        Reply reloaded = reload();
        if (reloaded.hasErrors()) {
            scenario = previous;
            return new Reply(saved, reloaded.diagnostics());
        }
        return new Reply(saved + "now on scenario " + name + "; the model's files are as on disk\n",
                reloaded.diagnostics());
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
        if (name != null && !evaluator.model().scenarios().containsKey(name)) {
            return Reply.problems(plan().scenario(name).diagnostics());
        }
        String previous = scenario;
        scenario = name;
        Reply reply = reloadAndCompare(name == null ? "back to the model without scenario" : "scenario " + name);
        if (reply.hasErrors()) {
            scenario = previous;
            Diagnostics diagnostics = new Diagnostics();
            Loaded back = read(diagnostics);
            if (!diagnostics.hasErrors()) {
                loaded = back;
                evaluator = Pipeline.evaluate(back);
            }
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
        return placeChangeDays(evaluator.model());
    }

    /** The days on which some location's places change in {@code model}. */
    static List<String> placeChangeDays(CheckedModel model) {
        TreeSet<Integer> days = new TreeSet<>();
        for (Location location : model.locations().values()) {
            for (Segment segment : location.segments()) {
                days.add(segment.from());
                days.add(segment.until());
            }
        }
        days.remove(Days.BEGINNING);
        days.remove(Days.END);
        return days.stream().map(Days::format).toList();
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

    /** The declarations of the session's files as they read now (for tests). */
    List<Item> items() {
        List<Item> items = new ArrayList<>();
        loaded.units().forEach(unit -> items.addAll(unit.items()));
        return items;
    }
}

package dev.caplan.engine;

import dev.caplan.ast.Keywords;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.Builtin;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Evaluator;
import dev.caplan.output.Format;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import dev.caplan.result.ResultTable;
import dev.caplan.source.Span;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A model as an editor has it open: the files of its folder, those open in the editor read from
 * the editor's text ({@code edited}, by absolute path), the others from disk. One load gives all the
 * diagnostics {@code caplan check} gives (failed checks and reported-figure warnings too), every
 * name with its place, and what to say about a name. A load starts from the last one without
 * errors, as the REPL's does: unchanged files are not parsed again, the checked locations of
 * unedited declarations are kept, and the evaluator recomputes only what the edit can reach.
 */
public final class EditorModel {
    private final List<Path> paths;
    private final Loaded loaded;
    /** The last load without errors and its evaluator: values stay on hover while a file is broken. */
    private final Loaded good;
    private final Evaluator evaluator;
    private final List<Diagnostic> diagnostics;
    /** Each file's names, found once per parse: a file the next load does not parse again keeps them. */
    private final Map<SourceUnit, List<NameOccurrences.Found>> namesOfUnits = new IdentityHashMap<>();
    /** The names resolved and indexed, made when first asked for: a keystroke needs only the diagnostics. */
    private Names names;

    private EditorModel(List<Path> paths, Loaded loaded, Loaded good, Evaluator evaluator, List<Diagnostic> diagnostics,
                        EditorModel previous) {
        this.paths = paths;
        this.loaded = loaded;
        this.good = good;
        this.evaluator = evaluator;
        this.diagnostics = diagnostics;
        if (previous != null) {
            synchronized (previous) {
                for (SourceUnit unit : loaded.units()) {
                    List<NameOccurrences.Found> known = previous.namesOfUnits.get(unit);
                    if (known != null) {
                        namesOfUnits.put(unit, known);
                    }
                }
            }
        }
    }

    /** Every name of the model, by file and by the symbol it stands for. */
    private record Names(List<NameOccurrence> all, Map<Path, List<NameOccurrence>> byFile,
                         Map<String, List<NameOccurrence>> bySymbol) {
        static Names of(List<NameOccurrence> all) {
            Map<Path, List<NameOccurrence>> byFile = new HashMap<>();
            Map<String, List<NameOccurrence>> bySymbol = new HashMap<>();
            for (NameOccurrence o : all) {
                if (o.span().file().path() != null) {
                    byFile.computeIfAbsent(Workspace.key(o.span().file().path()), f -> new ArrayList<>()).add(o);
                }
                bySymbol.computeIfAbsent(o.symbol(), s -> new ArrayList<>()).add(o);
            }
            return new Names(all, byFile, bySymbol);
        }
    }

    private synchronized Names names() {
        if (names == null) {
            List<List<NameOccurrences.Found>> files = new ArrayList<>();
            for (SourceUnit unit : loaded.units()) {
                files.add(namesOfUnits.computeIfAbsent(unit, NameOccurrences::inUnit));
            }
            names = Names.of(NameOccurrences.resolve(files));
        }
        return names;
    }

    /** Loads {@code paths} with the editor's texts, starting from {@code previous} (null: from nothing). */
    public static EditorModel load(List<Path> paths, Map<Path, String> edited, EditorModel previous) {
        return load(paths, edited, previous, () -> false);
    }

    /**
     * Like {@link #load(List, Map, EditorModel)}, but gives up (returns null) when {@code superseded}
     * says, after parsing and checking, that newer texts have come: evaluating and running the checks
     * of text the editor no longer shows would only delay the load of the text it does show.
     */
    public static EditorModel load(List<Path> paths, Map<Path, String> edited, EditorModel previous,
                                   BooleanSupplier superseded) {
        Map<Path, String> texts = new HashMap<>();
        edited.forEach((path, text) -> texts.put(Workspace.key(path), text));
        Diagnostics found = new Diagnostics();
        Loaded start = previous == null ? null : previous.good;
        Loaded loaded = Pipeline.load(paths, texts, start, null, found);
        if (superseded.getAsBoolean()) {
            return null;
        }
        List<Diagnostic> all = new ArrayList<>(found.sorted());
        if (found.hasErrors()) {
            return new EditorModel(paths, loaded, start, previous == null ? null : previous.evaluator, all, previous);
        }
        Evaluator evaluator = evaluatorFor(loaded, previous);
        Plan plan = new Plan(evaluator, loaded.units());
        Outcome<Void> verified = plan.verify();
        all.addAll(verified.diagnostics());
        if (!verified.hasErrors()) {
            all.addAll(plan.runChecks().diagnostics());
        }
        return new EditorModel(paths, loaded, loaded, evaluator, List.copyOf(all), previous);
    }

    /** The evaluator of {@code previous} carried over to the new load, or a fresh one. */
    private static Evaluator evaluatorFor(Loaded loaded, EditorModel previous) {
        boolean carried = previous != null && previous.good != null;
        return Pipeline.carriedOver(carried ? previous.evaluator : null, loaded);
    }

    /** The evaluator of exactly this text, or null while it has errors (hover's values then are older). */
    Evaluator currentEvaluator() {
        return good == loaded ? evaluator : null;
    }

    /** The parsed files as they read now. */
    List<SourceUnit> units() {
        return loaded.units();
    }

    /** What was loaded from: the model's folder or files. */
    public List<Path> paths() {
        return paths;
    }

    /** Everything {@code caplan check} would say, in file and line order (a failed check on its line). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The files loaded, by absolute path. */
    public List<Path> files() {
        return loaded.units().stream().map(SourceUnit::file).filter(f -> f.path() != null)
                .map(f -> Workspace.key(f.path())).toList();
    }

    /** The text of a loaded file, or null when it is not part of the model. */
    public String text(Path file) {
        Path key = Workspace.key(file);
        return loaded.units().stream().filter(u -> u.file().path() != null && Workspace.key(u.file().path()).equals(key))
                .map(u -> u.file().text()).findFirst().orElse(null);
    }

    /** Every name in every file. */
    public List<NameOccurrence> occurrences() {
        return names().all();
    }

    /** The name at {@code offset} of {@code file}, if there is one. */
    public Optional<NameOccurrence> nameAt(Path file, int offset) {
        return names().byFile().getOrDefault(Workspace.key(file), List.of()).stream()
                .filter(o -> o.covers(offset)).findFirst();
    }

    /** Where something called {@code name} is declared, whatever it is (a table and a let may share a name). */
    public List<NameOccurrence> declarationsOf(String name) {
        return names().all().stream().filter(o -> o.declaration() && o.name().equals(name)).toList();
    }

    /** Where what {@code occurrence} stands for is declared (more than once when it is declared twice). */
    public List<NameOccurrence> declarationsOf(NameOccurrence occurrence) {
        return occurrencesOf(occurrence).stream().filter(NameOccurrence::declaration).toList();
    }

    /** Every place something called {@code name} stands, whatever it is, declarations included. */
    public List<NameOccurrence> occurrencesOf(String name) {
        return names().all().stream().filter(o -> o.name().equals(name)).toList();
    }

    /** Every place what {@code occurrence} stands for is named, declarations included; not what merely shares its name. */
    public List<NameOccurrence> occurrencesOf(NameOccurrence occurrence) {
        return names().bySymbol().getOrDefault(occurrence.symbol(), List.of());
    }

    /** The declarations, for an outline and for workspace symbols. */
    public List<NameOccurrence> declarations() {
        return names().all().stream().filter(NameOccurrence::declaration).toList();
    }

    /**
     * What to show about a name, in Markdown: its declaration, its kind and its value on
     * {@code day} (a location: places per segment; a let: its value, firm value and range); a
     * built-in function: its form and one line of documentation. Empty when nothing is known.
     */
    public Optional<String> describe(NameOccurrence occurrence, LocalDate day) {
        if (occurrence.kind().equals("function")) {
            return functionDocumentation(occurrence.name());
        }
        List<NameOccurrence> declared = declarationsOf(occurrence);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (NameOccurrence declaration : declared) {
            if (text.length() > 0) {
                text.append("\n---\n\n");
            }
            text.append("**").append(declaration.kind()).append("** `").append(declaration.name()).append("`  \n")
                    .append("declared at ").append(declaration.span().location()).append("\n\n```caplan\n")
                    .append(firstLine(declaration)).append("\n```\n");
            text.append(valueOf(declaration, day));
        }
        return Optional.of(text.toString());
    }

    private String valueOf(NameOccurrence declaration, LocalDate day) {
        CheckedModel model = evaluator == null ? null : evaluator.model();
        if (model == null) {
            return "";
        }
        String name = declaration.name();
        String kind = declaration.kind();
        if (kind.equals("location") && model.locations().containsKey(name)) {
            return segments(model.locations().get(name), day);
        }
        if (kind.equals("quota") && model.quotas().containsKey(name)) {
            CheckedQuota quota = model.quotas().get(name);
            return "\n" + (quota.flow() ? "a flow per " + quota.per().name().toLowerCase(Locale.ROOT)
                    : "a level") + (quota.key() == null ? "" : ", distributed by key `" + quota.key().name() + "`")
                    + "; areas: " + String.join(", ", quota.lines().keySet().stream().sorted().toList()) + "\n";
        }
        if (kind.equals("let") && model.lets().containsKey(name)) {
            Outcome<ResultTable> value = new Plan(evaluator, good.units()).query(Session.asWritten(name), day.toString(), null);
            if (value.value() == null) {
                return value.diagnostics().isEmpty() ? "" : "\n" + value.diagnostics().get(0).message() + "\n";
            }
            return "\nvalue on " + day + ":\n\n```\n" + Plan.render(List.of(value.value()), Format.TABLE).stripTrailing()
                    + "\n```\n";
        }
        return "";
    }

    /** A location's places, one line per segment, and the places on {@code day}. */
    private static String segments(Location location, LocalDate day) {
        StringBuilder text = new StringBuilder("\nin ").append(location.area().name()).append(", kind ")
                .append(location.kind().name()).append("; places per segment:\n\n");
        int on = (int) day.toEpochDay();
        BigDecimal places = BigDecimal.ZERO;
        boolean tentative = false;
        for (Segment segment : location.segments()) {
            text.append("- ").append(Days.format(segment.from())).append(" .. ").append(Days.format(segment.until()))
                    .append(": ").append(placesOf(segment)).append('\n');
            if (segment.from() <= on && on < segment.until()) {
                places = places.add(segment.placesOrZero());
                tentative |= segment.tentative();
            }
        }
        if (location.segments().isEmpty()) {
            text.append("- no places\n");
        }
        return text.append("\non ").append(day).append(": ").append(places.toPlainString()).append(tentative ? "?" : "")
                .append(" places\n").toString();
    }

    private static String placesOf(Segment segment) {
        String number = segment.unknown() ? "?" : segment.low() != null
                ? segment.low().toPlainString() + ".." + segment.high().toPlainString()
                : segment.places().toPlainString() + (segment.tentative() ? "?" : "");
        return number + " " + segment.kind().name();
    }

    private static String firstLine(NameOccurrence declaration) {
        Span span = declaration.span();
        String text = span.file().text();
        int start = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int end = text.indexOf('\n', span.start());
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    /**
     * The syntax diagnostics of one file's text alone, without reading or checking the rest of its
     * model: what an editor can show at once while a large model loads.
     */
    public static List<Diagnostic> syntaxOf(Path file, String text) {
        Diagnostics found = new Diagnostics();
        ModelParser.parseFile(new SourceFile(SourceLoader.displayName(file), file, text, false), found);
        return found.sorted();
    }

    /** A built-in function's form and documentation, in Markdown. */
    public static Optional<String> functionDocumentation(String name) {
        Optional<Builtin> builtin = Builtin.of(name, false).or(() -> Builtin.of(name, true));
        return builtin.map(b -> "**function** `" + b.usage() + "`\n\n" + b.documentation() + "\n");
    }

    /** The reserved words. */
    public static Set<String> keywords() {
        return Keywords.ALL;
    }

    /** The built-in functions' names. */
    public static List<String> functions() {
        return Builtin.names();
    }

    /** Whether a new name is free: no declaration of the model has it. */
    public boolean isFree(String name) {
        return declarationsOf(name).isEmpty();
    }
}

package dev.caplan.memo;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Engine;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders memos and checks them for staleness: the memo package's door, used by
 * {@code caplan render}. A memo's model is loaded through the engine like any command's.
 */
public final class Memos {

    private Memos() {
    }

    /** The formats a memo is rendered to. */
    public enum Kind {
        /** One self-contained page. */
        HTML,
        /** GitHub-flavoured Markdown. */
        MARKDOWN;

        /** The kind an output file's name asks for: Markdown for {@code .md} and {@code .markdown}, else HTML. */
        public static Kind of(Path output) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : HTML;
        }
    }

    /**
     * How to render: the format, a scenario that overrides the front matter's (null: the front
     * matter's, or the base model), the date in the stamp, and whether to ask git for the commit
     * (tests leave it out so their golden files stay the same from commit to commit).
     */
    public record Settings(Kind kind, String scenario, LocalDate date, boolean readCommit, String locale) {
        /** Settings in the memo's own language (its front matter's {@code lang}). */
        public Settings(Kind kind, String scenario, LocalDate date, boolean readCommit) {
            this(kind, scenario, date, readCommit, null);
        }
    }

    /**
     * A rendered memo: its text, and the problems of its blocks and values, each shown in its place
     * in the text too. A memo with problems is still rendered, so its reader sees where they are.
     */
    public record Rendered(String text, List<Diagnostic> problems, Map<String, String> charts) {
        public Rendered {
            problems = List.copyOf(problems);
            charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        }

        public Rendered(String text, List<Diagnostic> problems) {
            this(text, problems, Map.of());
        }
    }

    /** A figure that differs from the committed rendering, by its line in the memo; null: not there. */
    public record Change(int line, String figure, String was, String now) {
    }

    /**
     * Renders the memo at {@code path}. The outcome has no value when the memo or its model cannot
     * be read (its diagnostics say why); otherwise its diagnostics are the model's warnings and the
     * problems of the memo's blocks and values.
     */
    public static Outcome<Rendered> render(Path path, Settings settings) {
        return render(path, settings, chartPrefix(path));
    }

    /**
     * Renders the memo; in Markdown its charts are SVG files linked as {@code PREFIX-chart-1.svg} and
     * so on, in {@link Rendered#charts}, for the caller to write beside the Markdown (an HTML page
     * has them inline).
     */
    public static Outcome<Rendered> render(Path path, Settings settings, String chartPrefix) {
        return render(path, settings, chartPrefix, model -> Engine.load(List.of(model)));
    }

    /**
     * Renders the memo at {@code path} on the model {@code loader} gives for the model's path that
     * the memo names (a fresh load, or a live one that reads only what changed).
     */
    static Outcome<Rendered> render(Path path, Settings settings, String chartPrefix,
            Function<Path, Outcome<Plan>> loader) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceFile memo = read(path, diagnostics);
        if (memo == null) {
            return new Outcome<>(null, diagnostics);
        }
        FrontMatter read = FrontMatter.read(memo, diagnostics);
        if (read == null) {
            return new Outcome<>(null, diagnostics);
        }
        FrontMatter front = settings.locale() == null ? read : read.withLang(settings.locale());
        Path folder = path.toAbsolutePath().getParent();
        Path model = relative(folder.resolve(front.model()).normalize());
        if (!Files.exists(model)) {
            diagnostics.add(Diagnostic.error(Code.MEMO, FrontMatter.lineSpan(memo, modelLine(memo, front)),
                    "the memo's model '" + front.model() + "' does not exist (looked for " + model + ")")
                    .withHint("the model's path is relative to the memo's folder"));
            return new Outcome<>(null, diagnostics);
        }
        Outcome<Plan> loaded = loader.apply(model);
        diagnostics.addAll(loaded.diagnostics());
        Plan plan = loaded.value();
        String scenario = settings.scenario() != null ? settings.scenario() : front.scenario();
        if (plan != null && scenario != null && !scenario.equals("base")) {
            Outcome<Plan> changed = plan.scenario(scenario);
            diagnostics.addAll(changed.diagnostics());
            plan = changed.value();
        }
        if (plan == null) {
            return new Outcome<>(null, diagnostics);
        }
        MemoDocument document = MemoDocument.answer(memo, front.lines(), new Answers(plan, model, memo));
        Stamp stamp = new Stamp(Stamp.hash(model, plan.files()), settings.readCommit() ? Stamp.commit(model) : null,
                plan.scenario(), settings.date());
        Map<String, String> charts = new LinkedHashMap<>();
        String text = switch (settings.kind()) {
            case HTML -> HtmlMemo.render(document, front, stamp, path.getFileName().toString());
            case MARKDOWN -> MarkdownMemo.render(document, front, stamp, chartPrefix, charts);
        };
        List<Diagnostic> problems = document.problems();
        diagnostics.addAll(problems);
        return new Outcome<>(new Rendered(text, problems, charts), diagnostics);
    }

    /**
     * Compares the committed HTML rendering {@code committed} of the memo with what the model gives
     * now: the figures that differ, in memo order (none: fresh). No value when the memo cannot be
     * rendered or {@code committed} cannot be read.
     */
    public static Outcome<List<Change>> check(Path path, Path committed, Settings settings) {
        Outcome<Rendered> fresh = render(path, new Settings(Kind.HTML, settings.scenario(), settings.date(), false,
                settings.locale()));
        if (fresh.value() == null) {
            return new Outcome<>(null, fresh.diagnostics());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(fresh.diagnostics());
        String before;
        try {
            before = Files.readString(committed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Code.IMPORT, null, "cannot read the committed rendering " + committed
                    + ": " + IoText.of(e)).withHint("render it first: caplan render " + path + " -o " + committed));
            return new Outcome<>(null, diagnostics);
        }
        List<Change> changes = Staleness.compare(before, fresh.value().text()).stream()
                .map(c -> new Change(c.line(), c.figure(), c.was(), c.now())).toList();
        return new Outcome<>(changes, diagnostics);
    }

    /** The name the charts of a Markdown rendering start with: the file's name without its extension. */
    public static String chartPrefix(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Where {@code render --check} looks by convention: the memo's name with {@code .html}, beside it. */
    public static Path conventionalOutput(Path memo) {
        String name = memo.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return memo.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".html");
    }

    private static SourceFile read(Path path, List<Diagnostic> diagnostics) {
        try {
            return new SourceFile(path.toString(), path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Code.IMPORT, null, "cannot read the memo " + path + ": " + IoText.of(e)));
            return null;
        }
    }

    /** The path as short as it can be said: relative to the working folder when it is under it. */
    private static Path relative(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : absolute;
    }

    private static int modelLine(SourceFile memo, FrontMatter front) {
        for (int line = 1; line <= front.lines(); line++) {
            if (memo.lineText(line).strip().startsWith("model")) {
                return line;
            }
        }
        return 1;
    }

    /** An I/O failure in words a user understands, without Java's class names. */
    private static final class IoText {
        static String of(IOException e) {
            String kind = e.getClass().getSimpleName();
            return switch (kind) {
                case "NoSuchFileException" -> "no such file";
                case "AccessDeniedException" -> "permission denied";
                case "IsDirectoryException" -> "it is a folder";
                default -> e.getMessage() != null ? e.getMessage() : kind;
            };
        }
    }
}

package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the files of a model and parses each: a file argument is read, a directory contributes
 * every {@code *.caplan} under it in path order (names starting with a dot skipped), and {@code
 * import} lines pull in more files relative to the importing one, inside the model's folder only
 * ({@link SafeReader}). A file reached twice (also through a link) is read once. The model's size,
 * its number of files and the depth of its imports are bounded ({@link FileLimits}); a save that
 * stopped halfway ({@link SaveJournal}) is reported before anything is read.
 */
final class SourceLoader {
    static final String EXTENSION = ".caplan";

    private final Diagnostics diagnostics;
    private final Set<Path> seen = new HashSet<>();
    private final List<SourceUnit> units = new ArrayList<>();
    private final Map<Path, String> edited;
    private final Map<Path, SourceUnit> parsed;
    private final FileLimits limits;
    private final SafeReader reader;
    private final boolean parseAhead;
    private ParseAhead ahead;
    private long modelBytes;
    private boolean stopped;

    private SourceLoader(Diagnostics diagnostics, Map<Path, String> edited, Map<Path, SourceUnit> parsed,
                         FileLimits limits, boolean parseAhead) {
        this.parseAhead = parseAhead;
        this.diagnostics = diagnostics;
        this.edited = edited;
        this.parsed = parsed;
        this.limits = limits;
        this.reader = new SafeReader(limits);
    }

    static List<SourceUnit> load(List<Path> paths, Diagnostics diagnostics) {
        return load(paths, diagnostics, Map.of());
    }

    /** Like {@link #load(List, Diagnostics)}, but files in {@code edited} (by absolute path) are read from there. */
    static List<SourceUnit> load(List<Path> paths, Diagnostics diagnostics, Map<Path, String> edited) {
        return load(paths, diagnostics, edited, Map.of());
    }

    /**
     * Like the others, and a file whose text is that of a unit in {@code parsed} (by absolute path)
     * is not parsed again: the REPL re-parses only the file a change edited.
     */
    static List<SourceUnit> load(List<Path> paths, Diagnostics diagnostics, Map<Path, String> edited,
                                 Map<Path, SourceUnit> parsed) {
        return load(paths, diagnostics, edited, parsed, FileLimits.DEFAULT);
    }

    static List<SourceUnit> load(List<Path> paths, Diagnostics diagnostics, Map<Path, String> edited,
                                 Map<Path, SourceUnit> parsed, FileLimits limits) {
        // a fresh load parses a folder's files ahead in parallel; a reload parses few files again
        return load(paths, diagnostics, edited, parsed, limits, edited.isEmpty() && parsed.isEmpty());
    }

    /** Like the others; {@code parseAhead} says whether a folder's files are parsed ahead in parallel ({@link ParseAhead}). */
    static List<SourceUnit> load(List<Path> paths, Diagnostics diagnostics, Map<Path, String> edited,
                                 Map<Path, SourceUnit> parsed, FileLimits limits, boolean parseAhead) {
        SourceLoader loader = new SourceLoader(diagnostics, edited, parsed, limits, parseAhead);
        for (Path path : paths) {
            loader.argument(path);
        }
        return loader.units;
    }

    private void argument(Path path) {
        if (Files.isDirectory(path)) {
            ModelRoot root = ModelRoot.of(path);
            SaveJournal.interrupted(root.folder()).ifPresent(diagnostics::add);
            ModelTree tree = ModelTree.under(path);
            tree.problems().forEach(problem -> diagnostics.add(Diagnostic.error(Code.IMPORT, null, problem)));
            if (tree.entries().isEmpty() && tree.problems().isEmpty()) {
                diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no " + EXTENSION + " files in directory " + path));
            }
            try (ParseAhead parsing = parseAhead ? ParseAhead.start(tree.entries(), root, limits) : null) {
                ahead = parsing;
                tree.entries().forEach(file -> read(file, root, null, 0, false));
            } finally {
                ahead = null;
            }
        } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
            ModelRoot root = ModelRoot.ofFile(path);
            SaveJournal.interrupted(root.folder()).ifPresent(diagnostics::add);
            read(path, root, null, 0, true);
        } else {
            diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no such file or directory: " + path));
        }
    }

    /**
     * Reads and parses one file, then the files it imports. {@code importedBy} is the import that
     * names it (null for a file found in a folder or named on the command line), {@code depth} how
     * many imports led to it, {@code named} whether the command line named it (it may lie anywhere).
     */
    private void read(Path path, ModelRoot root, Item.Import importedBy, int depth, boolean named) {
        if (stopped) {
            return;
        }
        Span at = importedBy == null ? null : importedBy.pathSpan();
        Path key = Workspace.key(path);
        String text = edited.get(key);
        if (text != null) { // read and checked when the session loaded it
            Path real = realOf(key);
            boolean fresh = !seen.contains(key) && !seen.contains(real);
            seen.add(key);
            seen.add(real);
            if (fresh) {
                parse(path, root, text, byteOrderMark(key), depth);
            }
            return;
        }
        SafeReader.Read where = reader.resolve(path, named ? null : root, importedBy == null ? null : importedBy.path(), at);
        if (where instanceof SafeReader.Read.Refused refused) {
            diagnostics.add(refused.problem());
            return;
        }
        Path real = ((SafeReader.Read.Located) where).real();
        if (!seen.add(real)) {
            return;
        }
        seen.add(key);
        if (units.size() >= limits.files()) {
            diagnostics.add(Diagnostic.error(Code.LIMIT, at, "a model of more than " + limits.files() + " files")
                    .withHint("caplan reads at most " + limits.files() + " files in one model"));
            stopped = true;
            return;
        }
        SafeReader.Read read = reader.read(real, path, at);
        if (read instanceof SafeReader.Read.Refused refused) {
            diagnostics.add(refused.problem());
            return;
        }
        ModelText found = ((SafeReader.Read.Text) read).text();
        modelBytes += ((SafeReader.Read.Text) read).bytes();
        if (modelBytes > limits.modelBytes()) {
            diagnostics.add(Diagnostic.error(Code.TOO_LARGE, at, "the model's files are more than "
                    + FileLimits.bytes(limits.modelBytes()) + " together; caplan reads models of at most that")
                    .withHint("load a part of the model: name its files or a folder on the command line"));
            stopped = true;
            return;
        }
        parse(path, root, found.text(), found.byteOrderMark(), depth);
    }

    private static Path realOf(Path key) {
        try {
            return key.toRealPath();
        } catch (IOException e) {
            return key;
        }
    }

    private boolean byteOrderMark(Path key) {
        SourceUnit known = parsed.get(key);
        return known != null && known.file().byteOrderMark();
    }

    private void parse(Path path, ModelRoot root, String text, boolean byteOrderMark, int depth) {
        SourceUnit known = parsed.get(Workspace.key(path));
        SourceUnit unit;
        if (known != null && known.file().text().equals(text)) {
            unit = known; // unchanged since it was parsed, and it parsed without errors
        } else {
            SourceFile file = new SourceFile(displayName(path), path, text, byteOrderMark);
            SourceUnit parsedAhead = ahead == null ? null : ahead.take(file, diagnostics);
            unit = parsedAhead != null ? parsedAhead : ModelParser.parseFile(file, diagnostics);
        }
        units.add(unit);
        for (Item.Import imported : unit.itemsOf(Item.Import.class)) {
            if (depth + 1 > limits.importDepth()) {
                diagnostics.add(Diagnostic.error(Code.LIMIT, imported.pathSpan(), "imports nested more than "
                        + limits.importDepth() + " deep").withHint("import the files from one file instead of in a chain"));
                continue;
            }
            Path target;
            try {
                target = (path.getParent() == null ? Path.of("") : path.getParent()).resolve(imported.path());
            } catch (InvalidPathException e) {
                diagnostics.add(Diagnostic.error(Code.NOT_MODEL_FILE, imported.pathSpan(), "import "
                        + SafeReader.quoted(imported.path()) + " is not a path: " + e.getReason()));
                continue;
            }
            read(target, root, imported, depth + 1, false);
        }
    }

    /** Paths under the working directory are shown relative to it, as the user typed them. */
    static String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}

package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the files of a model and parses each: a file argument is read, a directory contributes
 * every {@code *.caplan} under it in path order, and {@code import} lines pull in more files
 * relative to the importing one. A file reached twice is read once.
 */
final class SourceLoader {
    static final String EXTENSION = ".caplan";

    private final Diagnostics diagnostics;
    private final Set<Path> seen = new HashSet<>();
    private final List<SourceUnit> units = new ArrayList<>();
    private final Map<Path, String> edited;
    private final Map<Path, SourceUnit> parsed;

    private SourceLoader(Diagnostics diagnostics, Map<Path, String> edited, Map<Path, SourceUnit> parsed) {
        this.diagnostics = diagnostics;
        this.edited = edited;
        this.parsed = parsed;
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
        SourceLoader loader = new SourceLoader(diagnostics, edited, parsed);
        for (Path path : paths) {
            loader.argument(path);
        }
        return loader.units;
    }

    private void argument(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = modelFilesUnder(path);
            if (files.isEmpty()) {
                diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no " + EXTENSION + " files in directory " + path));
            }
            files.forEach(file -> read(file, null));
        } else if (Files.isRegularFile(path)) {
            read(path, null);
        } else {
            diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no such file or directory: " + path));
        }
    }

    private List<Path> modelFilesUnder(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Code.IMPORT, null, "cannot list directory " + directory + ": " + e.getMessage()));
            return List.of();
        }
    }

    /** Reads and parses one file, then the files it imports; {@code importedBy} locates read errors. */
    private void read(Path path, Item.Import importedBy) {
        Path key = path.toAbsolutePath().normalize();
        if (!seen.add(key)) {
            return;
        }
        String text = edited.get(key);
        if (text != null) {
            parse(path, text);
            return;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            readError(importedBy, path + " is not UTF-8 text");
            return;
        } catch (IOException e) {
            readError(importedBy, "cannot read " + path + (Files.exists(path) ? ": " + e.getMessage() : ": no such file"));
            return;
        }
        parse(path, text);
    }

    private void parse(Path path, String text) {
        SourceUnit known = parsed.get(path.toAbsolutePath().normalize());
        SourceUnit unit;
        if (known != null && known.file().text().equals(text)) {
            unit = known; // unchanged since it was parsed, and it parsed without errors
        } else {
            unit = ModelParser.parseFile(new SourceFile(displayName(path), path, text), diagnostics);
        }
        units.add(unit);
        for (Item.Import imported : unit.itemsOf(Item.Import.class)) {
            Path target = (path.getParent() == null ? Path.of("") : path.getParent()).resolve(imported.path());
            read(target, imported);
        }
    }

    private void readError(Item.Import importedBy, String message) {
        diagnostics.add(Diagnostic.error(Code.IMPORT, importedBy == null ? null : importedBy.pathSpan(), message));
    }

    /** Paths under the working directory are shown relative to it, as the user typed them. */
    static String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}

package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a model from a {@link Snapshot} the way {@link SourceLoader} reads it from disk: a folder
 * contributes every {@code .caplan} file under it in path order, a file itself, and imports pull in
 * more files relative to the importing one; a file reached twice is read once. Files are named
 * {@code REVISION:path} in diagnostics. The texts go through the same parser, with the same limits,
 * as files on disk.
 */
final class SnapshotLoader {
    private final Snapshot snapshot;
    private final Diagnostics diagnostics;
    private final Set<String> seen = new HashSet<>();
    private final List<SourceUnit> units = new ArrayList<>();

    private SnapshotLoader(Snapshot snapshot, Diagnostics diagnostics) {
        this.snapshot = snapshot;
        this.diagnostics = diagnostics;
    }

    /** The units of the model at {@code path} (relative to the repository's top; empty: all of it). */
    static List<SourceUnit> load(Snapshot snapshot, String path, Diagnostics diagnostics) {
        SnapshotLoader loader = new SnapshotLoader(snapshot, diagnostics);
        loader.argument(path);
        return loader.units;
    }

    private void argument(String path) {
        if (snapshot.texts().containsKey(path)) {
            read(path, null);
            return;
        }
        String folder = path.isEmpty() ? "" : path + "/";
        List<String> files = snapshot.texts().keySet().stream().filter(p -> p.startsWith(folder)).toList();
        if (files.isEmpty()) {
            diagnostics.add(Diagnostic.error(Code.IMPORT, null, "no " + SourceLoader.EXTENSION + " files in "
                    + name(path.isEmpty() ? "." : path)));
        }
        files.forEach(file -> read(file, null));
    }

    private void read(String path, Item.Import importedBy) {
        if (!seen.add(path)) {
            return;
        }
        if (!snapshot.texts().containsKey(path)) {
            error(importedBy, "cannot read " + name(path) + ": no such file");
            return;
        }
        String text = snapshot.texts().get(path);
        if (text == null) {
            error(importedBy, name(path) + " is not UTF-8 text");
            return;
        }
        SourceUnit unit = ModelParser.parseFile(SourceFile.ofText(name(path), text), diagnostics);
        units.add(unit);
        for (Item.Import imported : unit.itemsOf(Item.Import.class)) {
            Path parent = Path.of(path).getParent();
            Path target = (parent == null ? Path.of("") : parent).resolve(imported.path()).normalize();
            read(target.toString().replace('\\', '/'), imported);
        }
    }

    private String name(String path) {
        return snapshot.label() + ":" + path;
    }

    private void error(Item.Import importedBy, String message) {
        diagnostics.add(Diagnostic.error(Code.IMPORT, importedBy == null ? null : importedBy.pathSpan(), message));
    }
}

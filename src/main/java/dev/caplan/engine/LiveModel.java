package dev.caplan.engine;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Evaluator;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model kept loaded while its files change on disk (a live preview): each reload reads again only
 * the files it is told changed, and new files of the model's folder; every other file keeps the
 * text it was read with and its parsed unit, so a change to one file of a big model reads and
 * parses that one file, and the evaluator recomputes only what the change can reach. A load with
 * errors is reported and not kept: the next one starts again from the last good one.
 */
public final class LiveModel {
    private final List<Path> paths;
    /** The text each file of the model had when it was last read, by absolute path. */
    private final Map<Path, String> texts = new HashMap<>();
    private Loaded good;
    private Evaluator evaluator;

    private LiveModel(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    /** A model on {@code paths} (a folder or files, as for a load), not read yet: {@link #reload} reads it. */
    public static LiveModel on(List<Path> paths) {
        return new LiveModel(paths);
    }

    /** What the model was loaded from. */
    public List<Path> paths() {
        return paths;
    }

    /**
     * Loads the model again after {@code changed} files (any path; null: every file, as after a
     * first load or when the watcher lost events) changed on disk; the value is null when the
     * model has errors.
     */
    public Outcome<Plan> reload(Collection<Path> changed) {
        if (changed == null) {
            texts.clear();
        } else {
            changed.forEach(path -> texts.remove(Workspace.key(path)));
        }
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.load(paths, Map.copyOf(texts), good, null, diagnostics);
        texts.clear(); // a file deleted or no longer imported is forgotten with the load that left it out
        for (SourceUnit unit : loaded.units()) {
            if (unit.file().path() != null) {
                texts.put(Workspace.key(unit.file().path()), unit.file().text());
            }
        }
        if (diagnostics.hasErrors()) {
            return new Outcome<>(null, diagnostics.sorted());
        }
        evaluator = Pipeline.carriedOver(good == null ? null : evaluator, loaded);
        good = loaded;
        return new Outcome<>(new Plan(evaluator, loaded.units()), diagnostics.sorted());
    }
}

package dev.caplan.memo;

import dev.caplan.engine.LiveModel;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * A memo rendered again and again while it and its model are edited (a live preview, {@code render
 * --watch}): the model stays loaded between renders ({@link LiveModel}), so a change to one of its
 * files reads and parses that file only; a change to the memo alone asks the same plan again.
 */
public final class LiveMemo {
    private final Path memo;
    private final Memos.Settings settings;
    private final String chartPrefix;
    private Path modelPath;
    private LiveModel model;
    private Outcome<Plan> lastLoad;

    /** A memo rendered to a page that shows its charts inline (a live preview). */
    public LiveMemo(Path memo, Memos.Settings settings) {
        this(memo, settings, Memos.chartPrefix(memo));
    }

    /** A memo whose Markdown rendering names its chart files {@code CHARTPREFIX-chart-N.svg}. */
    public LiveMemo(Path memo, Memos.Settings settings, String chartPrefix) {
        this.memo = memo;
        this.settings = settings;
        this.chartPrefix = chartPrefix;
    }

    /** The memo file. */
    public Path memo() {
        return memo;
    }

    /**
     * Renders the memo after {@code changed} files changed (null: everything is read again, as for
     * the first render or after the watcher lost track). The value is null when the memo or its
     * model cannot be loaded; the diagnostics say why.
     */
    public Outcome<Memos.Rendered> render(Collection<Path> changed) {
        boolean onlyTheMemo = changed != null && !changed.isEmpty()
                && changed.stream().allMatch(path -> sameFile(path, memo));
        return Memos.render(memo, settings, chartPrefix, path -> load(path, onlyTheMemo ? List.of() : changed));
    }

    /**
     * The folder whose files make the model the memo named at its last render (the folder itself,
     * or a model file's folder); null before the memo named one.
     */
    public Path modelFolder() {
        if (modelPath == null) {
            return null;
        }
        Path absolute = modelPath.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }

    private Outcome<Plan> load(Path path, Collection<Path> changed) {
        if (model == null || !path.equals(modelPath)) { // the first render, or the front matter names another model
            modelPath = path;
            model = LiveModel.on(List.of(path));
            lastLoad = model.reload(null);
        } else if (changed == null || !changed.isEmpty() || lastLoad == null) {
            lastLoad = model.reload(changed);
        }
        return lastLoad;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}

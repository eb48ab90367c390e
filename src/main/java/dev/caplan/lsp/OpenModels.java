package dev.caplan.lsp;

import dev.caplan.diag.Code;
import dev.caplan.diag.Severity;
import dev.caplan.engine.EditorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * The models the editor has files of open, one per model folder, and the editor's texts of those
 * files. An edit marks its model stale and, after a pause in typing (the debounce; edits within it
 * coalesce into one load), reloads it from the one before (only the edited file is parsed again, see
 * {@link EditorModel}) and publishes the diagnostics of the files whose diagnostics changed; a load
 * overtaken by a newer edit gives up before evaluating and publishes nothing. A request on a stale
 * model reloads it first, so an answer never comes from older text than the editor sent. All
 * loading runs on one thread ({@code worker}), so a model is never loaded twice at once. A load that
 * fails in caplan itself keeps the previous model. The first file opened of a large model gets its
 * syntax diagnostics at once, before the whole model is loaded.
 */
final class OpenModels {
    /** The most text one open file may have: a larger one is not evaluated (the national model is 1.6 MB). */
    static final int MAX_TEXT = 16 * 1024 * 1024;
    /** A model this large (in bytes of its folder's own {@code .caplan} files) gets syntax diagnostics first. */
    static final long LARGE_MODEL = 256 * 1024;

    private final ScheduledExecutorService worker;
    private final Consumer<PublishDiagnosticsParams> publisher;
    private final long debounceMillis;
    private final Map<Path, String> texts = new ConcurrentHashMap<>();
    private final Set<Path> stale = ConcurrentHashMap.newKeySet();
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    /**
     * Files opened or edited whose diagnostics have not been published since: they are published
     * even when unchanged (or none), so the editor knows its text was seen.
     */
    private final Set<Path> unannounced = ConcurrentHashMap.newKeySet();
    /** Worker thread only: the loaded models, and what each file was last published with (none: nothing). */
    private final Map<Path, EditorModel> models = new HashMap<>();
    private final Map<Path, Map<Path, List<Diagnostic>>> published = new HashMap<>();

    OpenModels(ScheduledExecutorService worker, Consumer<PublishDiagnosticsParams> publisher, long debounceMillis) {
        this.worker = worker;
        this.publisher = publisher;
        this.debounceMillis = debounceMillis;
    }

    /**
     * The folder whose {@code .caplan} files (at any depth, as {@code caplan check DIR} reads them)
     * make the model of {@code file}: its own folder, or, for a file in a {@code scenarios} folder
     * (where the REPL saves scenarios), the model folder above it. It never climbs further: a stray
     * file in a folder above (say {@code /tmp}) would pull everything under that folder in.
     */
    static Path folderOf(Path file) {
        Path folder = file.getParent();
        if (folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("scenarios")
                && folder.getParent() != null && holdsModelFiles(folder.getParent())) {
            return folder.getParent();
        }
        return folder;
    }

    private static boolean holdsModelFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".caplan") && Files.isRegularFile(f));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    void opened(Path file, String text) {
        texts.put(file, text);
        unannounced.add(file);
        Path folder = folderOf(file);
        if (folder != null && text.length() <= MAX_TEXT) {
            worker.execute(() -> syntaxFirst(folder, file, text));
        }
        changed(file, 0);
    }

    /**
     * Publishes the syntax diagnostics of a file just opened when its model is not loaded yet and is
     * large enough ({@link #LARGE_MODEL} bytes) for its load to keep the editor waiting; the load's
     * diagnostics follow. Worker thread only.
     */
    private void syntaxFirst(Path folder, Path file, String text) {
        if (models.containsKey(folder) || !text.equals(texts.get(file)) || modelBytes(folder) < LARGE_MODEL) {
            return;
        }
        List<Diagnostic> syntax = EditorModel.syntaxOf(file, text).stream().map(found -> Protocol.diagnostic(
                found.severity(), found.code().id(), found.message(), found.hint(),
                found.span() == null ? start() : Protocol.range(found.span()))).toList();
        published.computeIfAbsent(folder, f -> new HashMap<>()).put(file, syntax);
        unannounced.remove(file);
        publisher.accept(new PublishDiagnosticsParams(Protocol.uri(file), syntax));
    }

    private static long modelBytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".caplan")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException | SecurityException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    void edited(Path file, String text) {
        texts.put(file, text);
        unannounced.add(file);
        changed(file, debounceMillis);
    }

    void closed(Path file) {
        texts.remove(file); // the file on disk counts again
        changed(file, 0);
    }

    private void changed(Path file, long delay) {
        Path folder = folderOf(file);
        if (folder == null) {
            return;
        }
        stale.add(folder);
        ScheduledFuture<?> before = pending.put(folder, worker.schedule(() -> refresh(folder), delay, TimeUnit.MILLISECONDS));
        if (before != null) {
            before.cancel(false);
        }
    }

    /** The model of {@code file}, up to date with the editor's texts; worker thread only. Null when none can be had. */
    EditorModel modelOf(Path file) {
        Path folder = folderOf(file);
        if (folder == null) {
            return null;
        }
        if (stale.contains(folder) || !models.containsKey(folder)) {
            load(folder, false);
        }
        return models.get(folder);
    }

    /** Every model loaded, for workspace symbols; worker thread only. */
    List<EditorModel> all() {
        return List.copyOf(models.values());
    }

    /** After the debounce: loads the folder's model if it is stale, unless a newer edit overtakes the load. */
    private void refresh(Path folder) {
        load(folder, true);
    }

    /**
     * Loads the folder's model if it is stale and publishes its diagnostics; worker thread only. A
     * load that may give up ({@code overtakable}) does so when a newer edit comes while it runs: that
     * edit's own load is scheduled already.
     */
    private void load(Path folder, boolean overtakable) {
        if (!stale.remove(folder) && models.containsKey(folder)) {
            return;
        }
        Map<Path, Diagnostic> tooLong = new HashMap<>();
        Map<Path, String> edited = new HashMap<>();
        texts.forEach((file, text) -> {
            if (file.startsWith(folder)) {
                if (text.length() > MAX_TEXT) {
                    tooLong.put(file, Protocol.diagnostic(Severity.ERROR, Code.LIMIT.id(), "a file of more than " + MAX_TEXT
                            + " characters is not evaluated", "split it into files that import each other", start()));
                } else {
                    edited.put(file, text);
                }
            }
        });
        if (!tooLong.isEmpty()) {
            tooLong.forEach((file, problem) -> publisher.accept(new PublishDiagnosticsParams(Protocol.uri(file), List.of(problem))));
            return;
        }
        try {
            EditorModel model = EditorModel.load(List.of(folder), edited, models.get(folder),
                    () -> overtakable && stale.contains(folder));
            if (model == null) {
                return;
            }
            models.put(folder, model);
            if (!(overtakable && stale.contains(folder))) {
                publish(folder, model);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in caplan, or input deep enough to exhaust the stack: say so, keep serving the old model
            for (Path file : edited.keySet()) {
                publisher.accept(new PublishDiagnosticsParams(Protocol.uri(file), List.of(Protocol.diagnostic(
                        Severity.ERROR, "internal", "caplan could not load this model: " + e, "please report it", start()))));
            }
        }
    }

    private static Range start() {
        return new Range(new Position(0, 0), new Position(0, 0));
    }

    /**
     * Publishes the model's diagnostics of each file whose diagnostics are not what the editor was
     * last sent (an empty list when they are gone), and of each file opened or edited since; one without a
     * place in a file goes on the first line of each open file.
     */
    private void publish(Path folder, EditorModel model) {
        Map<Path, List<Diagnostic>> byFile = new HashMap<>();
        for (var found : model.diagnostics()) {
            if (found.span() == null || found.span().file().path() == null) {
                for (Path file : texts.keySet()) {
                    if (file.startsWith(folder)) {
                        byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(Protocol.diagnostic(found.severity(),
                                found.code().id(), found.message(), found.hint(), start()));
                    }
                }
            } else {
                byFile.computeIfAbsent(found.span().file().path().toAbsolutePath().normalize(), f -> new ArrayList<>())
                        .add(Protocol.diagnostic(found.severity(), found.code().id(), found.message(), found.hint(),
                                Protocol.range(found.span())));
            }
        }
        Map<Path, List<Diagnostic>> before = published.getOrDefault(folder, Map.of());
        Set<Path> files = new TreeSet<>(byFile.keySet());
        files.addAll(before.keySet());
        for (Path file : unannounced) {
            if (file.startsWith(folder)) {
                files.add(file);
            }
        }
        for (Path file : files) {
            List<Diagnostic> now = byFile.getOrDefault(file, List.of());
            if (unannounced.remove(file) || !now.equals(before.getOrDefault(file, List.of()))) {
                publisher.accept(new PublishDiagnosticsParams(Protocol.uri(file), now));
            }
        }
        published.put(folder, byFile);
    }
}

package dev.caplan.lsp;

import dev.caplan.diag.Code;
import dev.caplan.diag.Severity;
import dev.caplan.engine.EditorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * files. An edit marks its model stale and, after a pause in typing (the debounce), reloads it and
 * publishes its diagnostics; a request on a stale model reloads it first, so an answer never comes
 * from older text than the editor sent. All loading runs on one thread ({@code worker}), so a model
 * is never loaded twice at once. A load that fails in caplan itself keeps the previous model.
 */
final class OpenModels {
    /** The most text one open file may have: a larger one is not evaluated (the national model is 1.6 MB). */
    static final int MAX_TEXT = 16 * 1024 * 1024;

    private final ScheduledExecutorService worker;
    private final Consumer<PublishDiagnosticsParams> publisher;
    private final long debounceMillis;
    private final Map<Path, String> texts = new ConcurrentHashMap<>();
    private final Set<Path> stale = ConcurrentHashMap.newKeySet();
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    /** Worker thread only: the loaded models, and the files each last published diagnostics for. */
    private final Map<Path, EditorModel> models = new HashMap<>();
    private final Map<Path, Set<Path>> published = new HashMap<>();

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
        changed(file, 0);
    }

    void edited(Path file, String text) {
        texts.put(file, text);
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
            refresh(folder);
        }
        return models.get(folder);
    }

    /** Every model loaded, for workspace symbols; worker thread only. */
    List<EditorModel> all() {
        return List.copyOf(models.values());
    }

    /** Loads the folder's model if it is stale and publishes its diagnostics; worker thread only. */
    private void refresh(Path folder) {
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
            EditorModel model = EditorModel.load(List.of(folder), edited, models.get(folder));
            models.put(folder, model);
            publish(folder, model);
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
     * Publishes the model's diagnostics for each of its files (none for a clean file, so old ones
     * disappear); one without a place in a file goes on the first line of each open file.
     */
    private void publish(Path folder, EditorModel model) {
        Map<Path, List<Diagnostic>> byFile = new HashMap<>();
        model.files().forEach(file -> byFile.put(file, new ArrayList<>()));
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
        for (Path gone : published.getOrDefault(folder, Set.of())) {
            byFile.putIfAbsent(gone, List.of());
        }
        published.put(folder, new HashSet<>(byFile.keySet()));
        byFile.keySet().stream().sorted().forEach(file ->
                publisher.accept(new PublishDiagnosticsParams(Protocol.uri(file), byFile.get(file))));
    }
}

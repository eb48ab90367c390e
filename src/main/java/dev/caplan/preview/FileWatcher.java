package dev.caplan.preview;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a memo and its model's folder tree with the JDK's {@link WatchService} and hands out what
 * changed in bursts: after the first change it waits until nothing has changed for {@link #QUIET_MS}
 * (an editor's save is often several events: a temporary file, a rename, a change of attributes),
 * at most {@link #LONGEST_BURST_MS}. Only what can change a rendering counts: the memo, the model's
 * {@code *.caplan} files and its folders (a new folder is watched too); names starting with a dot
 * (editors' swap and temporary files, {@code .git}) and other files are ignored, so writing the
 * rendering beside the memo does not start another render.
 */
final class FileWatcher implements Closeable {
    static final long QUIET_MS = 50;
    static final long LONGEST_BURST_MS = 1000;
    /** Folders watched at most: a model tree is small; this bounds a model pointed at a huge folder. */
    static final int MOST_FOLDERS = 4096;
    private static final String MODEL_FILE = ".caplan";

    /** What changed in one burst; {@code everything} when events were lost or a watched folder went. */
    record Changes(Set<Path> paths, boolean everything) {
    }

    private final WatchService service;
    private final Path memo;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> trees = new LinkedHashSet<>();

    FileWatcher(Path memo) throws IOException {
        this.memo = memo.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        register(this.memo.getParent());
    }

    /** Watches {@code folder} and every folder under it (a model's folder); nothing if it already is. */
    void watchTree(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (trees.add(absolute)) {
            registerTree(absolute);
        }
    }

    /**
     * Waits for a change, then for the burst it starts to end; the changes that count. Throws
     * {@link ClosedWatchServiceException} once the watcher is closed (Ctrl-C).
     */
    Changes next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        boolean everything = false;
        while (changed.isEmpty() && !everything) {
            everything = take(service.take(), changed);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MS);
        while (System.nanoTime() < deadline) {
            WatchKey key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
            if (key == null) {
                break; // quiet: the burst is over
            }
            everything |= take(key, changed);
        }
        return new Changes(Set.copyOf(changed), everything);
    }

    /** Adds what {@code key} reports to {@code changed}; true when the changes cannot be told (events lost). */
    private boolean take(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                everything = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (path.equals(memo)) {
                changed.add(path);
            } else if (inATree(path)) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    everything |= !registerQuietly(path); // a new folder: its files are new to the model too
                    changed.add(path);
                } else if (name.endsWith(MODEL_FILE)) {
                    changed.add(path);
                } else if (folders.containsValue(path)) {
                    everything = true; // a watched folder went away, with whatever files were in it
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return everything;
    }

    private boolean inATree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    private boolean registerQuietly(Path folder) {
        try {
            registerTree(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void registerTree(Path folder) throws IOException {
        register(folder);
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                if (!child.getFileName().toString().startsWith(".") && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(child);
                }
            }
        }
    }

    private void register(Path folder) throws IOException {
        if (folders.containsValue(folder)) {
            return;
        }
        if (folders.size() >= MOST_FOLDERS) {
            throw new IOException("more than " + MOST_FOLDERS + " folders to watch under " + folder);
        }
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

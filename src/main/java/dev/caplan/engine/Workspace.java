package dev.caplan.engine;

import dev.caplan.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of every model file of a session: as loaded from disk and as edited since. Edits
 * replace one span of one file and leave every other byte alone. Saving writes only changed
 * files, all or none ({@link FileSaver}: mode, owner and group kept, links written through, a
 * journal while several files are renamed), and refuses when a file changed on disk since it was
 * loaded. A file that began with a byte-order mark gets it back.
 */
final class Workspace {
    private final Map<Path, String> loaded = new LinkedHashMap<>();
    private final Map<Path, String> current = new LinkedHashMap<>();
    private final Set<Path> byteOrderMarks = new HashSet<>();

    /** Records the files of a fresh load, as read from disk. */
    void remember(Path file, String text, boolean byteOrderMark) {
        Path key = key(file);
        loaded.putIfAbsent(key, text);
        current.putIfAbsent(key, text);
        if (byteOrderMark) {
            byteOrderMarks.add(key);
        }
    }

    /** The current texts, for loading the model from memory. */
    Map<Path, String> texts() {
        return Map.copyOf(current);
    }

    /** The current texts, to put back with {@link #restore} if what follows fails (the texts are shared, not copied). */
    Map<Path, String> snapshot() {
        return new LinkedHashMap<>(current);
    }

    void restore(Map<Path, String> snapshot) {
        current.clear();
        current.putAll(snapshot);
    }

    String text(Path file) {
        return current.get(key(file));
    }

    /** Applies an edit to the current text of its file. */
    void apply(TextEdit edit) {
        Path key = key(edit.file());
        String text = current.get(key);
        current.put(key, text.substring(0, edit.offset()) + edit.inserted()
                + text.substring(edit.offset() + edit.removed().length()));
    }

    /** Files whose current text differs from what was loaded. */
    List<Path> changedFiles() {
        List<Path> changed = new ArrayList<>();
        current.forEach((file, text) -> {
            if (!text.equals(loaded.get(file))) {
                changed.add(file);
            }
        });
        return changed;
    }

    /** Takes the other workspace's loaded texts as this one's (after a reload from disk). */
    void forgetLoaded(Workspace other) {
        loaded.clear();
        loaded.putAll(other.loaded);
        byteOrderMarks.clear();
        byteOrderMarks.addAll(other.byteOrderMarks);
    }

    String loadedText(Path file) {
        return loaded.get(key(file));
    }

    /** Files changed on disk since they were loaded (by someone else, or an editor). */
    List<Path> changedOnDisk() throws IOException {
        List<Path> stale = new ArrayList<>();
        for (Path file : changedFiles()) {
            byte[] expected = SourceFile.encode(loaded.get(file), byteOrderMarks.contains(file));
            if (!Files.exists(file) || !Arrays.equals(expected, readAtMost(file, expected.length + 1))) {
                stale.add(file);
            }
        }
        return stale;
    }

    private static byte[] readAtMost(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }

    /**
     * Writes every changed file, or none; afterwards the saved texts count as loaded. {@code
     * modelFolder} holds the journal of a save of several files.
     */
    List<Path> save(Path modelFolder) throws IOException {
        List<Path> changed = changedFiles();
        List<FileSaver.Change> changes = new ArrayList<>();
        for (Path file : changed) {
            changes.add(new FileSaver.Change(file, SourceFile.encode(current.get(file), byteOrderMarks.contains(file))));
        }
        FileSaver.save(changes, modelFolder);
        for (Path file : changed) {
            loaded.put(file, current.get(file));
        }
        return changed;
    }

    static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}

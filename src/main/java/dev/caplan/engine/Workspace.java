package dev.caplan.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of every model file of a session: as loaded from disk and as edited since. Edits
 * replace one span of one file and leave every other byte alone. Saving writes only changed
 * files, each through a temporary file and a rename (a failed save never leaves a half-written
 * file), and refuses when a file changed on disk since it was loaded.
 */
final class Workspace {
    private final Map<Path, String> loaded = new LinkedHashMap<>();
    private final Map<Path, String> current = new LinkedHashMap<>();

    /** Records the files of a fresh load, as read from disk. */
    void remember(Path file, String text) {
        Path key = key(file);
        loaded.putIfAbsent(key, text);
        current.putIfAbsent(key, text);
    }

    /** The current texts, for loading the model from memory. */
    Map<Path, String> texts() {
        return Map.copyOf(current);
    }

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

    /** Replaces [start, end) of a file's current text. */
    void replace(Path file, int start, int end, String replacement) {
        String text = current.get(key(file));
        current.put(key(file), text.substring(0, start) + replacement + text.substring(end));
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
    }

    String loadedText(Path file) {
        return loaded.get(key(file));
    }

    /** Files changed on disk since they were loaded (by someone else, or an editor). */
    List<Path> changedOnDisk() throws IOException {
        List<Path> stale = new ArrayList<>();
        for (Path file : changedFiles()) {
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(loaded.get(file))) {
                stale.add(file);
            }
        }
        return stale;
    }

    /** Writes every changed file atomically; afterwards the saved texts count as loaded. */
    List<Path> save() throws IOException {
        List<Path> written = new ArrayList<>();
        for (Path file : changedFiles()) {
            writeAtomically(file, current.get(file));
            loaded.put(file, current.get(file));
            written.add(file);
        }
        return written;
    }

    /** Writes through a temporary file in the same directory, then renames it over the target. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}

package dev.caplan.engine;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record of a save of several files while it renames them: {@code .caplan-save} in the model's
 * folder, one line per file, {@code TEMPORARY<tab>FILE}. It is written (and forced to disk) after
 * every temporary file and before the first rename, and removed after the last; a journal found
 * on load means a save stopped halfway: the files that were renamed hold the new text, the others
 * the old. The load reports it with the commands that finish or undo it, rather than finishing it
 * itself, since {@code caplan eval} in a build must not write into a checkout.
 */
final class SaveJournal {
    static final String NAME = ".caplan-save";
    private static final int MAX_BYTES = 1_048_576;

    private SaveJournal() {
    }

    /** One file of a save: the temporary file holding its new text, and the file it replaces. */
    record Entry(Path temporary, Path file) {
    }

    static Path in(Path folder) {
        return folder.resolve(NAME);
    }

    static void write(Path folder, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.temporary().toAbsolutePath()).append('\t').append(entry.file().toAbsolutePath()).append('\n');
        }
        DurableFiles.write(in(folder), text.toString().getBytes(StandardCharsets.UTF_8));
        DurableFiles.syncFolder(folder);
    }

    static void remove(Path folder) throws IOException {
        Files.deleteIfExists(in(folder));
        DurableFiles.syncFolder(folder);
    }

    /** The problem a journal left in {@code folder} means, if there is one. */
    static Optional<Diagnostic> interrupted(Path folder) {
        Path journal = in(folder);
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(journal)) {
            String text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.add(new Entry(Path.of(line.substring(0, tab)), Path.of(line.substring(tab + 1))));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // an unreadable journal still says a save stopped
        }
        String shownJournal = SourceLoader.displayName(journal);
        List<String> saved = new ArrayList<>();
        List<String> notSaved = new ArrayList<>();
        List<String> finish = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Entry entry : entries) {
            if (Files.exists(entry.temporary(), LinkOption.NOFOLLOW_LINKS)) {
                notSaved.add(SourceLoader.displayName(entry.file()));
                finish.add("mv -f " + SourceLoader.displayName(entry.temporary()) + " "
                        + SourceLoader.displayName(entry.file()));
                left.add(SourceLoader.displayName(entry.temporary()));
            } else {
                saved.add(SourceLoader.displayName(entry.file()));
            }
        }
        String state = (saved.isEmpty() ? "no file saved" : String.join(", ", saved) + " saved")
                + (notSaved.isEmpty() ? "" : ", " + String.join(", ", notSaved) + " not")
                + (saved.isEmpty() || notSaved.isEmpty() ? "" : "; the model mixes old and new text");
        finish.add("rm " + shownJournal);
        left.add(shownJournal);
        return Optional.of(Diagnostic.error(Code.INTERRUPTED_SAVE, null, "a save was interrupted (" + shownJournal
                + " is left): " + state).withHint("to finish the save: " + String.join(" && ", finish)
                + "; to keep the files as they are: rm " + String.join(" ", left)));
    }
}

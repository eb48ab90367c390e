package dev.caplan.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes new texts over model files so that they stay as they were in every other way: a file's
 * mode, owner and group are kept, a symbolic link is written through to the file it names (and
 * stays a link), a read-only file is refused. Every file is checked and every temporary file
 * written and forced to disk before the first rename; with several files the renames happen under
 * a {@link SaveJournal}, so a crash halfway is found and reported on the next load. When a file
 * is refused, none is written, and no temporary file is left behind.
 */
final class FileSaver {
    /** Runs between two renames; tests stop a save there to act out a crash. */
    static volatile Runnable betweenRenames = () -> { };

    private FileSaver() {
    }

    /** One file to write: where the model has it, and its new bytes. */
    record Change(Path file, byte[] bytes) {
    }

    /** What a file is written as: the file a link leads to, and what it must keep (null: the system has none). */
    private record Target(Path file, Set<PosixFilePermission> mode, UserPrincipal owner, GroupPrincipal group) {
    }

    /**
     * Writes every change or none. {@code journalFolder} is where the journal goes (the model's
     * folder). An IOException says why nothing was written, in words fit to follow "not saved: ".
     */
    static void save(List<Change> changes, Path journalFolder) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (Change change : changes) {
            targets.add(target(change.file()));
        }
        List<SaveJournal.Entry> entries = new ArrayList<>();
        try {
            for (int i = 0; i < changes.size(); i++) {
                entries.add(new SaveJournal.Entry(temporary(targets.get(i), changes.get(i).bytes()), targets.get(i).file()));
            }
            if (entries.size() > 1) {
                SaveJournal.write(journalFolder, entries);
            }
        } catch (IOException | RuntimeException e) {
            entries.forEach(entry -> DurableFiles.deleteQuietly(entry.temporary()));
            throw e;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                betweenRenames.run();
            }
            DurableFiles.rename(entries.get(i).temporary(), entries.get(i).file());
        }
        if (entries.size() > 1) {
            SaveJournal.remove(journalFolder);
        }
    }

    /** Writes a file that does not exist yet (a scenario), through a temporary file and a rename. */
    static void create(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = DurableFiles.writeTemporary(file, bytes);
        } catch (IOException e) {
            throw new IOException("cannot write in the folder " + SourceLoader.displayName(folder) + ": "
                    + IoProblems.reason(e), e);
        }
        try {
            DurableFiles.rename(temporary, file);
        } finally {
            DurableFiles.deleteQuietly(temporary);
        }
    }

    private static Target target(Path file) throws IOException {
        Path shownFile = file;
        Path real = file;
        if (Files.isSymbolicLink(file)) {
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                throw new IOException(SourceLoader.displayName(file) + " is a symbolic link that leads nowhere now", e);
            }
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(SourceLoader.displayName(shownFile) + " is no longer a regular file");
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) { // a file system without owners and modes (FAT, some shares)
            if (!Files.isWritable(real)) {
                throw new IOException(SourceLoader.displayName(shownFile) + " is read-only", e);
            }
            return new Target(real, null, null, null);
        }
        Set<PosixFilePermission> mode = attributes.permissions();
        if (!mode.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new IOException(SourceLoader.displayName(shownFile) + " is read-only ("
                    + PosixFilePermissions.toString(mode) + ")");
        }
        return new Target(real, mode, attributes.owner(), attributes.group());
    }

    /** The new text in a temporary file beside the target, with the target's mode, owner and group. */
    private static Path temporary(Target target, byte[] bytes) throws IOException {
        Path folder = target.file().toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = DurableFiles.writeTemporary(target.file(), bytes);
        } catch (IOException e) {
            throw new IOException("cannot write in the folder " + SourceLoader.displayName(folder) + ": "
                    + IoProblems.reason(e), e);
        }
        if (target.mode() == null) {
            return temporary; // nothing to keep
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes now = view.readAttributes();
            if (!now.owner().equals(target.owner())) {
                view.setOwner(target.owner());
            }
            if (!now.group().equals(target.group())) {
                view.setGroup(target.group());
            }
            view.setPermissions(target.mode()); // after the owner: changing the owner may clear set-id bits
        } catch (IOException e) {
            DurableFiles.deleteQuietly(temporary);
            throw new IOException("cannot keep the owner, group or mode of " + SourceLoader.displayName(target.file())
                    + ": " + IoProblems.reason(e), e);
        }
        return temporary;
    }
}

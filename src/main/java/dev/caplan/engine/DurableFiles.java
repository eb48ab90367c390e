package dev.caplan.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes that survive a crash: bytes forced to the disk before a file is renamed over another,
 * and the folder forced after a rename, so that after a power cut a file holds the old text or
 * the new, never a part.
 */
final class DurableFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DurableFiles() {
    }

    /** A new temporary file beside {@code file}, {@code .NAME.XXXXXXXX.tmp}, holding {@code bytes}, forced to disk. */
    static Path writeTemporary(Path file, byte[] bytes) throws IOException {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
        write(temporary, bytes);
        return temporary;
    }

    /** Creates {@code file} (it must not exist) with {@code bytes}, forced to disk; removed again if that fails. */
    static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Renames {@code from} over {@code to} in one step, then forces the folder. */
    static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Forces a folder's entries (a rename, a removal) to disk, where the system allows it. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems cannot open a folder for this; the rename itself is still atomic there
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done about a temporary file that cannot be removed
        }
    }
}

package dev.caplan.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What kind of thing a path is, in words, for the ones that are not regular files. */
final class FileLook {
    private static final int TYPE = 0170000;
    private static final int PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileLook() {
    }

    /** Null for a regular file; else "a folder", "a device", "a named pipe", "a socket" (links followed). */
    static String kind(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                return null;
            }
            if (attributes.isDirectory()) {
                return "a folder";
            }
        } catch (IOException e) {
            return "something that cannot be looked at";
        }
        return switch (unixType(path)) {
            case PIPE -> "a named pipe";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "not a regular file";
        };
    }

    private static int unixType(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode") & TYPE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0; // no unix attributes on this system: the kind is not known
        }
    }
}

package dev.caplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A command's output written to the file its {@code -o} names: when it cannot be, one message that
 * says why in words (not Java's class names), and the caller exits {@link ExitCodes#CANNOT_CREATE}.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Writes {@code text} in UTF-8; false after saying why it could not be written. */
    static boolean write(Path file, String text, Invocation run) {
        return write(file, text.getBytes(StandardCharsets.UTF_8), run);
    }

    /** Writes {@code bytes}; false after saying why they could not be written. */
    static boolean write(Path file, byte[] bytes, Invocation run) {
        try {
            Files.write(file, bytes);
            return true;
        } catch (IOException e) {
            run.err().println("caplan: cannot write " + file + ": " + reason(e));
            run.err().flush();
            return false;
        }
    }

    /** Why a file could not be written, in words rather than Java's class names. */
    private static String reason(IOException problem) {
        if (problem instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (problem instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (problem instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return problem.getMessage() != null ? problem.getMessage() : "input/output error";
    }
}

package dev.caplan.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why reading or writing a file failed, in words: the file (relative to the working directory, as
 * the user typed it) and the operating system's reason, without a Java class name.
 */
final class IoProblems {

    private IoProblems() {
    }

    static String describe(IOException problem) {
        if (!(problem instanceof FileSystemException failure)) {
            return problem.getMessage() != null ? problem.getMessage() : "input/output error";
        }
        String reason = reason(failure);
        return failure.getFile() == null ? reason : SourceLoader.displayName(Path.of(failure.getFile())) + ": " + reason;
    }

    /** The operating system's reason alone, without the file. */
    static String reason(IOException problem) {
        return problem instanceof FileSystemException failure ? reason(failure)
                : problem.getMessage() != null ? problem.getMessage() : "input/output error";
    }

    private static String reason(FileSystemException failure) {
        if (failure instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        return failure.getReason() != null ? failure.getReason() : "input/output error";
    }
}

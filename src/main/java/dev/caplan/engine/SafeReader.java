package dev.caplan.engine;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads one model file, and nothing that is not one: the path must stay inside the model's folder
 * (as written and after symbolic links), lead to a regular file (never a device, a pipe, a socket
 * or a folder, which are refused before they are opened) and hold at most the file limit, which
 * the read itself enforces (it stops one byte past it, whatever the size the file system gives).
 * A refusal names the path and why, never the file's content.
 */
final class SafeReader {
    private final FileLimits limits;

    SafeReader(FileLimits limits) {
        this.limits = limits;
    }

    /** What reading one path gave. */
    sealed interface Read {
        /** The file's text and how many bytes it had. */
        record Text(ModelText text, long bytes) implements Read {
        }

        /** Where a path leads (links followed), found fit to read. */
        record Located(Path real) implements Read {
        }

        /** Why the path was not read. */
        record Refused(Diagnostic problem) implements Read {
        }
    }

    /**
     * Where {@code path} really leads (links followed) if it is a file caplan may read, else why not.
     * {@code root} is null for a path named on the command line, which may lie anywhere; {@code
     * written} is the import's path as written (null for a file found in a folder or named on the
     * command line), {@code at} where the import stands.
     */
    Read resolve(Path path, ModelRoot root, String written, Span at) {
        Path absolute = Workspace.key(path);
        String shown = SourceLoader.displayName(absolute);
        if (root != null && written != null && !root.holds(absolute)) {
            return refusal(Code.OUTSIDE_MODEL, at, "import " + quoted(written) + " leads outside the model's folder "
                    + root.shown(), "an import is relative to the importing file and stays in the model's folder;"
                    + " name a file elsewhere on the command line instead");
        }
        BasicFileAttributes link;
        try {
            link = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return refusal(Code.IMPORT, at, "cannot read " + shown + ": no such file", null);
        } catch (IOException e) {
            return refusal(Code.IMPORT, at, "cannot read " + shown + ": " + IoProblems.reason(e), null);
        }
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (NoSuchFileException e) {
            return refusal(Code.IMPORT, at, "cannot read " + shown + ": " + dangling(absolute, link), null);
        } catch (FileSystemException e) {
            String reason = e.getReason() != null && e.getReason().contains("symbolic links")
                    ? "symbolic links that lead to each other in a loop" : IoProblems.reason(e);
            return refusal(Code.IMPORT, at, "cannot read " + shown + ": " + reason, null);
        } catch (IOException e) {
            return refusal(Code.IMPORT, at, "cannot read " + shown + ": " + IoProblems.reason(e), null);
        }
        if (root != null && !root.holdsReal(real)) {
            return refusal(Code.OUTSIDE_MODEL, at, shown + (link.isSymbolicLink() ? " is a symbolic link to "
                    : " leads (through a linked folder) to ") + SourceLoader.displayName(real)
                    + ", outside the model's folder " + root.shown(), "a model reads only files in its own folder;"
                    + " copy the file into it, or name it on the command line");
        }
        String kind = FileLook.kind(real);
        if (kind != null) {
            return refusal(Code.NOT_MODEL_FILE, at, shown + " is " + kind + ", not a model file", null);
        }
        if (written != null && !absolute.getFileName().toString().endsWith(SourceLoader.EXTENSION)) {
            return refusal(Code.NOT_MODEL_FILE, at, "import " + quoted(written) + " is not a "
                    + SourceLoader.EXTENSION + " file", "a model imports only its own " + SourceLoader.EXTENSION
                    + " files");
        }
        return new Read.Located(real);
    }

    /** Reads a file {@link #resolve} accepted, at most the file limit and one byte. */
    Read read(Path real, Path path, Span at) {
        String shown = SourceLoader.displayName(path);
        byte[] bytes;
        try {
            long size = Files.size(real);
            if (size > limits.fileBytes()) {
                return tooLarge(shown, size + " bytes", at);
            }
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(real, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS))) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileBytes() + 1));
            }
        } catch (IOException e) {
            return new Read.Refused(Diagnostic.error(Code.IMPORT, at, "cannot read " + shown + ": " + IoProblems.reason(e)));
        }
        if (bytes.length > limits.fileBytes()) {
            return tooLarge(shown, "more than " + limits.fileBytes() + " bytes", at); // it grew, or stat did not know
        }
        return ModelText.decode(bytes, shown, path);
    }

    private Read tooLarge(String shown, String size, Span at) {
        return new Read.Refused(Diagnostic.error(Code.TOO_LARGE, at, shown + " is " + size
                + "; caplan reads files of at most " + FileLimits.bytes(limits.fileBytes()))
                .withHint("split the model into several files that import each other"));
    }

    private static String dangling(Path absolute, BasicFileAttributes link) {
        if (!link.isSymbolicLink()) {
            return "a folder on its way is a symbolic link that leads nowhere";
        }
        try {
            return "it is a symbolic link to " + Files.readSymbolicLink(absolute) + ", which does not exist";
        } catch (IOException e) {
            return "it is a symbolic link that leads nowhere";
        }
    }

    private static Read.Refused refusal(Code code, Span at, String message, String hint) {
        Diagnostic problem = Diagnostic.error(code, at, message);
        return new Read.Refused(hint == null ? problem : problem.withHint(hint));
    }

    /** A path as written, in quotes, with control characters (a NUL, an escape) as {@code \xNN}. */
    static String quoted(String written) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : written.toCharArray()) {
            if (ch < 0x20 || ch == 0x7F) {
                out.append(String.format("\\x%02x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}

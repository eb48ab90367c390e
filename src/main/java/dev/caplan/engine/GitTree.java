package dev.caplan.engine;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The model files of a git revision, read into memory without a checkout: {@code git ls-tree}
 * lists the revision's {@code .caplan} files, one {@code git cat-file --batch} reads their
 * contents. It runs the {@code git} command, which every CI runner has, rather than a library:
 * no dependency, and the repository is read exactly as the user's git reads it (its config,
 * worktrees, alternates). Paths are relative to the repository's top, with {@code /}.
 */
final class GitTree implements Snapshot {
    private final String revision;
    private final Map<String, String> texts;

    private GitTree(String revision, Map<String, String> texts) {
        this.revision = revision;
        this.texts = texts;
    }

    /** The revision's model files, or a problem: git missing, not a repository, an unknown revision. */
    static Reading read(String revision, Path workingDirectory) {
        try {
            Run top = git(workingDirectory, null, "rev-parse", "--show-toplevel");
            if (top.exit != 0) {
                return Reading.failed("not in a git repository (" + workingDirectory.toAbsolutePath() + "), so '"
                        + revision + "' cannot be read", top.errorText());
            }
            if (revision.startsWith("-")) {
                return Reading.failed("unknown revision '" + revision + "'", "a revision does not start with -");
            }
            Run commit = git(workingDirectory, null, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
            if (commit.exit != 0) {
                return Reading.failed("unknown revision '" + revision + "'",
                        "name a commit, branch or tag git knows (git log --oneline), or a folder that exists");
            }
            String sha = commit.text().strip();
            Run listing = git(workingDirectory, null, "ls-tree", "-r", "-z", "--full-tree", sha);
            if (listing.exit != 0) {
                return Reading.failed("cannot list the files of '" + revision + "'", listing.errorText());
            }
            Map<String, String> blobs = new TreeMap<>(); // path -> blob id, in path order
            for (String entry : listing.text().split("\0")) {
                int tab = entry.indexOf('\t');
                String[] head = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
                String path = tab < 0 ? "" : entry.substring(tab + 1);
                if (head.length == 3 && head[1].equals("blob") && path.endsWith(SourceLoader.EXTENSION)) {
                    blobs.put(path, head[2]);
                }
            }
            return new Reading(new GitTree(revision, contents(workingDirectory, blobs)), null);
        } catch (IOException e) {
            return Reading.failed("cannot run git to read '" + revision + "': " + e.getMessage(),
                    "install git, or compare two folders: caplan diff OLD_DIR NEW_DIR");
        }
    }

    /** Whether git knows the text as a commit (a false answer, too, when git cannot be run). */
    static boolean isRevision(String text, Path workingDirectory) {
        try {
            return !text.startsWith("-") && git(workingDirectory, null, "rev-parse", "--verify", "--quiet",
                    text + "^{commit}").exit == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The top of the repository the working directory is in, as a real path. */
    static Path top(Path workingDirectory) throws IOException {
        Run top = git(workingDirectory, null, "rev-parse", "--show-toplevel");
        if (top.exit != 0) {
            throw new IOException("not in a git repository: " + top.errorText());
        }
        return Path.of(top.text().strip()).toRealPath();
    }

    @Override
    public String label() {
        return revision;
    }

    @Override
    public Map<String, String> texts() {
        return texts;
    }

    /** What reading a revision gave: the tree, or (tree null) the problem as a usage error. */
    record Reading(GitTree tree, Diagnostic problem) {
        static Reading failed(String message, String hint) {
            return new Reading(null, Diagnostic.error(Code.USAGE, null, message).withHint(hint));
        }
    }

    /** Reads the blobs in one {@code git cat-file --batch}: a header line and the bytes of each. */
    private static Map<String, String> contents(Path workingDirectory, Map<String, String> blobs) throws IOException {
        StringBuilder request = new StringBuilder();
        blobs.values().forEach(id -> request.append(id).append('\n'));
        Run batch = git(workingDirectory, request.toString(), "cat-file", "--batch");
        if (batch.exit != 0) {
            throw new IOException("git cat-file failed: " + batch.errorText());
        }
        byte[] out = batch.out;
        Map<String, String> texts = new LinkedHashMap<>();
        int at = 0;
        for (String path : blobs.keySet()) {
            int end = indexOf(out, (byte) '\n', at);
            String[] header = new String(out, at, end - at, StandardCharsets.UTF_8).split(" ");
            if (header.length != 3) {
                throw new IOException("git cat-file: unexpected answer for " + path);
            }
            int size = Integer.parseInt(header[2]);
            texts.put(path, utf8(out, end + 1, size));
            at = end + 1 + size + 1;
        }
        return texts;
    }

    /** The text, or null for bytes that are not UTF-8 (loading then says so, as for a file on disk). */
    private static String utf8(byte[] bytes, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    private record Run(int exit, byte[] out, byte[] err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        String errorText() {
            return new String(err, StandardCharsets.UTF_8).strip();
        }
    }

    /** Runs git with the input given (null: none), reading its output and errors while it runs. */
    private static Run git(Path workingDirectory, String input, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toAbsolutePath().toFile()).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        CompletableFuture<Void> in = CompletableFuture.runAsync(() -> feed(process.getOutputStream(), input));
        byte[] out = drain(process.getInputStream());
        try {
            in.join();
            return new Run(process.waitFor(), out, err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while git ran", e);
        }
    }

    private static byte[] drain(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void feed(OutputStream stream, String input) {
        try (stream) {
            if (input != null) {
                stream.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // git stopped reading: its exit status and errors say why
        }
    }
}

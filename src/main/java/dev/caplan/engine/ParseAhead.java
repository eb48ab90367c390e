package dev.caplan.engine;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of a model's folder parsed ahead, on a few threads, while {@link SourceLoader} goes
 * through them one by one in its order: it reads each file as before (with every check) and takes
 * the unit parsed ahead only when the text is the one it read, with that parse's diagnostics added
 * where its own parse would have added them. So a load gives the same units and the same
 * diagnostics in the same order, parsed in parallel (the national model has 15 files).
 *
 * <p>Bounded: at most {@link #THREADS} threads, and files read ahead only up to the model's
 * limits of files and bytes; whatever was not taken is dropped with the pool.
 */
final class ParseAhead implements AutoCloseable {
    /** Threads at most; the machine's processors when fewer. */
    static final int THREADS = 4;

    private static final ParseAhead NONE = new ParseAhead(null, Map.of()); // take() finds nothing in it

    private record Parsed(SourceFile file, SourceUnit unit, Diagnostics diagnostics) {
    }

    private final ExecutorService pool;
    private final Map<Path, Future<Parsed>> byFile;

    private ParseAhead(ExecutorService pool, Map<Path, Future<Parsed>> byFile) {
        this.pool = pool;
        this.byFile = byFile;
    }

    /** Starts parsing {@code files} (a folder's, under {@code root}); nothing when one thread would do. */
    static ParseAhead start(List<Path> files, ModelRoot root, FileLimits limits) {
        int threads = Math.min(THREADS, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        if (threads < 2) {
            return NONE;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "caplan-parse");
            thread.setDaemon(true);
            return thread;
        });
        SafeReader reader = new SafeReader(limits);
        AtomicLong bytes = new AtomicLong();
        Map<Path, Future<Parsed>> byFile = new HashMap<>();
        for (Path file : files.subList(0, Math.min(files.size(), limits.files()))) {
            byFile.put(Workspace.key(file), pool.submit(() -> parse(file, root, reader, bytes, limits)));
        }
        return new ParseAhead(pool, byFile);
    }

    /** Reads and parses one file as the loader would; null when the loader will find a problem with it. */
    private static Parsed parse(Path file, ModelRoot root, SafeReader reader, AtomicLong bytes, FileLimits limits) {
        if (!(reader.resolve(file, root, null, null) instanceof SafeReader.Read.Located located)
                || !(reader.read(located.real(), file, null) instanceof SafeReader.Read.Text read)
                || bytes.addAndGet(read.bytes()) > limits.modelBytes()) {
            return null;
        }
        SourceFile source = new SourceFile(SourceLoader.displayName(file), file, read.text().text(),
                read.text().byteOrderMark());
        Diagnostics diagnostics = new Diagnostics();
        return new Parsed(source, ModelParser.parseFile(source, diagnostics), diagnostics);
    }

    /**
     * The unit of {@code file} parsed ahead, its diagnostics added to {@code into}; null when it was
     * not parsed ahead or from another text (the loader then parses it itself).
     */
    SourceUnit take(SourceFile file, Diagnostics into) {
        Future<Parsed> ahead = file.path() == null || byFile.isEmpty() ? null : byFile.remove(Workspace.key(file.path()));
        if (ahead == null) {
            return null;
        }
        Parsed parsed;
        try {
            parsed = ahead.get();
        } catch (ExecutionException e) {
            return null; // parsed again by the loader, which reports what went wrong there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (parsed == null || !sameFile(parsed.file(), file)) {
            return null;
        }
        into.addAll(parsed.diagnostics());
        return parsed.unit();
    }

    private static boolean sameFile(SourceFile a, SourceFile b) {
        return a.displayName().equals(b.displayName()) && Objects.equals(a.path(), b.path())
                && a.byteOrderMark() == b.byteOrderMark() && a.text().equals(b.text());
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

package dev.caplan.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The two versions of a model a diff compares, loaded side by side: the later one on a thread of its
 * own while this thread loads the earlier. A diff is two loads, and nothing in one waits for the
 * other; on two cores this takes the wall time of a diff of two national versions from about two
 * loads towards one (docs/performance.md). What a load throws is thrown here, as from a load in line.
 */
public record Versions(Outcome<Version> before, Outcome<Version> after) {

    /** Loads both: {@code after} beside, {@code before} here. */
    public static Versions load(Supplier<Outcome<Version>> before, Supplier<Outcome<Version>> after) {
        FutureTask<Outcome<Version>> later = new FutureTask<>(after::get);
        Thread thread = new Thread(later, "caplan-diff-load");
        thread.setDaemon(true);
        thread.start();
        Outcome<Version> earlier = before.get();
        try {
            return new Versions(earlier, later.get());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the later version", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }
}

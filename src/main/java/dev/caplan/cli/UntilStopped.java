package dev.caplan.cli;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command that goes on until Ctrl-C ({@code serve}, {@code render --watch}): Ctrl-C runs a
 * shutdown hook that stops what runs ({@code stop}), so its loop returns and the command ends
 * as it would anyway, with its last words printed; the hook waits a moment for that.
 */
final class UntilStopped {
    /** How long Ctrl-C waits for the loop to end before the process goes. */
    private static final long GRACE_MS = 2000;

    /** What goes on until stopped. */
    interface Loop {
        void run() throws IOException, InterruptedException;
    }

    private UntilStopped() {
    }

    static void run(AutoCloseable stop, Loop loop) throws IOException, InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                stop.close();
                ended.await(GRACE_MS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // the process is going anyway
            }
        }, "caplan-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.run();
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }
}

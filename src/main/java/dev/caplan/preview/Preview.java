package dev.caplan.preview;

import dev.caplan.engine.Outcome;
import dev.caplan.memo.LiveMemo;
import dev.caplan.memo.Memos;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.LocalTime;
import java.util.function.Consumer;

/**
 * {@code caplan serve}: a memo's live preview. The memo is rendered at once and again whenever it
 * or its model changes ({@link MemoWatch}); each render is served as the page ({@link PreviewServer})
 * and announced to open pages, which reload. A render that fails keeps the last good page below
 * its diagnostics ({@link PreviewPage#failed}).
 */
public final class Preview implements AutoCloseable {
    private final MemoWatch watch;
    private final PreviewServer server;
    private final Consumer<Outcome<Memos.Rendered>> told;
    private String lastGood;
    private LocalTime staleSince;
    private long renders;

    private Preview(MemoWatch watch, PreviewServer server, Consumer<Outcome<Memos.Rendered>> told) {
        this.watch = watch;
        this.server = server;
        this.told = told;
    }

    /**
     * Starts serving {@code memo} on {@code bind}:{@code port} (0: any free port); {@code told}
     * hears of every render (the command line prints its diagnostics). Rendering starts with {@link #run}.
     */
    public static Preview start(LiveMemo memo, InetAddress bind, int port, Consumer<Outcome<Memos.Rendered>> told)
            throws IOException {
        MemoWatch watch = new MemoWatch(memo);
        try {
            return new Preview(watch, new PreviewServer(bind, port, memo.memo().toAbsolutePath().getParent()), told);
        } catch (IOException | RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    /** Where the page is, such as {@code http://127.0.0.1:8737/}. */
    public URI address() {
        return server.address();
    }

    /** Renders and serves until {@link #close} (Ctrl-C); then returns. */
    public void run() throws IOException, InterruptedException {
        watch.run(this::show);
    }

    private void show(Outcome<Memos.Rendered> outcome) {
        long number = ++renders;
        if (outcome.value() != null) {
            lastGood = outcome.value().text();
            staleSince = null;
            server.publish(PreviewPage.live(lastGood, number), number);
        } else {
            staleSince = staleSince != null ? staleSince : LocalTime.now();
            server.publish(PreviewPage.failed(outcome.diagnostics(), lastGood, staleSince, number), number);
        }
        told.accept(outcome);
    }

    @Override
    public void close() throws IOException {
        server.close();
        watch.close();
    }
}

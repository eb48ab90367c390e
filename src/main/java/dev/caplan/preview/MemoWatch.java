package dev.caplan.preview;

import dev.caplan.engine.Outcome;
import dev.caplan.memo.LiveMemo;
import dev.caplan.memo.Memos;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * A memo rendered once, then again each time it or a file of its model changes, until closed: the
 * loop under {@code caplan serve} and {@code render --watch}. Each render goes to {@code rendered};
 * what it does with it (a page to serve, a file to write) is the caller's.
 */
public final class MemoWatch implements AutoCloseable {
    private final LiveMemo memo;
    private final FileWatcher watcher;

    public MemoWatch(LiveMemo memo) throws IOException {
        this.memo = memo;
        this.watcher = new FileWatcher(memo.memo());
    }

    /** Renders the memo now, and again after every change, until {@link #close} (then returns). */
    public void run(Consumer<Outcome<Memos.Rendered>> rendered) throws IOException, InterruptedException {
        try {
            rendered.accept(render(null));
            while (true) {
                FileWatcher.Changes changes = watcher.next();
                rendered.accept(render(changes.everything() ? null : changes.paths()));
            }
        } catch (ClosedWatchServiceException e) {
            // closed: Ctrl-C, or the server stopped
        }
    }

    /** One render after {@code changed} (null: everything), the model's folder watched from then on. */
    Outcome<Memos.Rendered> render(Collection<Path> changed) throws IOException {
        Outcome<Memos.Rendered> outcome = memo.render(changed);
        Path folder = memo.modelFolder();
        if (folder != null) {
            watcher.watchTree(folder);
        }
        return outcome;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}

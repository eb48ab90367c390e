package dev.caplan.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server on two streams (standard input and output for {@code caplan lsp}) until exit. */
public final class LanguageServerMain {

    private LanguageServerMain() {
    }

    /**
     * Serves until the editor says exit or closes the input. Returns 0 after shutdown and exit, 1
     * when the editor went away without shutting down, as the protocol asks.
     */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        AtomicReference<Future<Void>> listening = new AtomicReference<>();
        CaplanServer server = new CaplanServer(() -> {
            Future<Void> running = listening.get();
            if (running != null) {
                running.cancel(true);
            }
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, new BoundedMessages(in), out);
        server.connect(launcher.getRemoteProxy());
        listening.set(launcher.startListening());
        try {
            listening.get().get();
        } catch (CancellationException | ExecutionException e) {
            // exit cancels the listener; a closed stream ends it
        }
        return server.shutDown() ? 0 : 1;
    }
}

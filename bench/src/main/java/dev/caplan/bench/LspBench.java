package dev.caplan.bench;

import dev.caplan.lsp.LanguageServerMain;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code caplan lsp} on the national model, driven as an editor drives it: LSP4J's client launcher
 * over piped streams to the real server (in this JVM), every message through JSON-RPC. The debounce
 * is set to 0 ms, so {@code keystroke} times what follows the pause in typing: from the changed text
 * sent (one digit of a capacity in a 150 KB file) to its file's diagnostics received (the load from
 * the one before, evaluation, checks, publication). {@code hover} asks for a location's hover.
 * Both are sampled ({@link Mode#SampleTime}): the table reads their medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class LspBench {
    private Path file;
    private String text;
    private int digit;
    private int calls;
    private LspClient editor;
    private PipedOutputStream toServer;
    private Position locationName;

    @Setup(Level.Trial)
    public void start() throws Exception {
        file = Models.generated("national").resolve("locations-003.caplan");
        text = Files.readString(file);
        digit = text.indexOf("capacity ") + "capacity ".length();
        locationName = new Position(0, 12);
        toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
        PipedOutputStream fromServer = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 20);
        Thread serving = new Thread(() -> {
            try (fromServer) {
                LanguageServerMain.serve(serverIn, fromServer);
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        }, "caplan-lsp-bench");
        serving.setDaemon(true);
        serving.start();
        editor = new LspClient(clientIn, toServer);
        editor.initialize(0);
        var first = editor.expect(file);
        editor.open(file);
        LspClient.await(first);
        if (editor.hover(file, locationName) == null) { // the model is loaded once this is answered
            throw new IllegalStateException("no hover on the national model");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        editor.shutdown();
        toServer.close();
    }

    @Benchmark
    public PublishDiagnosticsParams keystroke() throws Exception {
        var published = editor.expect(file);
        editor.change(file, text.substring(0, digit) + (calls++ % 9 + 1) + text.substring(digit + 1));
        PublishDiagnosticsParams diagnostics = LspClient.await(published);
        if (!diagnostics.getDiagnostics().isEmpty()) {
            throw new IllegalStateException("the edit broke the model: " + diagnostics);
        }
        return diagnostics;
    }

    @Benchmark
    public Hover hover() throws Exception {
        Hover hover = editor.hover(file, locationName);
        if (hover == null) {
            throw new IllegalStateException("no hover");
        }
        return hover;
    }
}

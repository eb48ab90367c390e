package dev.caplan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Position;

/**
 * What an editor waits for when it starts {@code caplan lsp} on a file of the national model: from
 * starting the process to the first diagnostics of the opened file ({@code lspFirstDiagnostics}),
 * and to the first hover answered from the whole loaded model ({@code lspModelLoaded}); medians over
 * N runs after one untimed run, each a fresh process talked to through LSP4J's client launcher.
 * {@code LspStartup MODEL_DIR RUNS -- COMMAND...}; prints {@code NAME=median-ms}.
 */
public final class LspStartup {
    private LspStartup() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve("locations-003.caplan").toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        List<String> command = List.of(args).subList(3, args.length);
        run(command, file);
        double[] first = new double[runs];
        double[] loaded = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] ms = run(command, file);
            first[i] = ms[0];
            loaded[i] = ms[1];
        }
        print("lspFirstDiagnostics", first);
        print("lspModelLoaded", loaded);
    }

    private static void print(String name, double[] ms) {
        Arrays.sort(ms);
        int n = ms.length;
        double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        System.err.printf("%s: median %.1f ms, min %.1f, max %.1f over %d runs%n", name, median, ms[0], ms[n - 1], n);
        System.out.printf("%s=%.3f%n", name, median);
    }

    private static double[] run(List<String> command, Path file) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            LspClient editor = new LspClient(process.getInputStream(), process.getOutputStream());
            editor.initialize(200);
            var published = editor.expect(file);
            editor.open(file);
            LspClient.await(published);
            double first = (System.nanoTime() - start) / 1e6;
            editor.hover(file, new Position(0, 12));
            double loaded = (System.nanoTime() - start) / 1e6;
            editor.shutdown();
            process.waitFor(30, TimeUnit.SECONDS);
            return new double[] {first, loaded};
        } finally {
            process.destroy();
        }
    }
}

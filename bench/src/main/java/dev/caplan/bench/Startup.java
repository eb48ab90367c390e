package dev.caplan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Median wall time of a command run N times, output discarded:
 * {@code Startup NAME RUNS -- COMMAND...}; prints {@code NAME=median-ms} (and the spread to stderr).
 */
public final class Startup {
    private Startup() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int runs = Integer.parseInt(args[1]);
        List<String> command = List.of(args).subList(3, args.length);
        run(command); // one untimed run: file cache, CDS archive mapped
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(command);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        System.err.printf("%s: median %.1f ms, min %.1f, max %.1f over %d runs%n", name, median, ms[0], ms[runs - 1], runs);
        System.out.printf("%s=%.3f%n", name, median);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(command + " exited with " + code);
        }
    }
}

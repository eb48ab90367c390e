package dev.caplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the generated models are: {@code -Dcaplan.bench.models=DIR} (written by bench/run:
 * national, poi, big) and {@code -Dcaplan.bench.ijsselland=DIR}.
 */
final class Models {
    static final int FIRST_YEAR = 2024;
    static final int YEARS = 10;
    static final int MONTHS = YEARS * 12;
    static final String OVER_MONTHS = FIRST_YEAR + "-01 .. " + (FIRST_YEAR + YEARS - 1) + "-12 monthly";

    private Models() {
    }

    static Path generated(String name) {
        Path dir = Path.of(System.getProperty("caplan.bench.models", "target/bench-models")).resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no generated model at " + dir.toAbsolutePath() + " (run bench/run)");
        }
        return dir;
    }

    static Path ijsselland() {
        Path dir = Path.of(System.getProperty("caplan.bench.ijsselland", "../models/ijsselland"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no model at " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** A copy of a model's folder, for a benchmark that changes files. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets diagnostics and a non-zero exit, never a stack trace: the real model, damaged
 * in many seeded random ways (characters deleted, duplicated, swapped, lines cut), is checked and
 * every run must end with exit 0 or 65 and no internal error.
 */
class RobustnessTest {
    private static final String FRAGMENTS = "{}[]()\",.?-=<>!#0123456789 \nabcQH";

    @Test
    void damagedModelsNeverCrash(@TempDir Path dir) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("models/ijsselland"))) {
            sources = files.filter(p -> p.toString().endsWith(".caplan")).sorted().toList();
        }
        assertThat(sources).isNotEmpty();
        Random random = new Random(20231965);
        for (int round = 0; round < 120; round++) {
            for (Path source : sources) {
                Files.writeString(dir.resolve(source.getFileName()), damage(Files.readString(source), random),
                        StandardCharsets.UTF_8);
            }
            CliRun run = CliRun.of("check", dir.toString());
            assertThat(run.exitCode()).as("round %d:\n%s", round, run.err()).isIn(0, 65);
            assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
        }
    }

    private static String damage(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && out.length() > 1; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, FRAGMENTS.charAt(random.nextInt(FRAGMENTS.length())));
                case 2 -> out.insert(at, out.charAt(random.nextInt(out.length())));
                default -> out.setLength(Math.max(1, at));
            }
        }
        return out.toString();
    }
}

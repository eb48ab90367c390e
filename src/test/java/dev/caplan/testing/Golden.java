package dev.caplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file. Run with {@code -Dgolden.update=true} to (re)write the
 * golden files instead; review the change with git diff before committing.
 */
public final class Golden {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        String normalised = actual.replace("\r\n", "\n");
        if (UPDATE) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, normalised, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s is missing; run with -Dgolden.update=true to create it", golden).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(normalised).as("output differs from %s (run with -Dgolden.update=true to accept)", golden)
                .isEqualTo(expected);
    }

    /** The file beside {@code file} with the same base name and another extension: a case's golden file. */
    public static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + extension);
    }
}

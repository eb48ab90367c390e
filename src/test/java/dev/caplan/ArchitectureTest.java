package dev.caplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Third-party types stay in their package (ANTLR in parse, picocli in cli, Jackson in output),
 * and the command line reaches the stages only through the engine. Checked on the source text,
 * so a stray import fails the build.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/caplan");

    private static final Map<String, String> LIBRARY_HOMES = Map.of(
            "import org.antlr.", "parse",
            "import picocli.", "cli",
            "import tools.jackson.", "output",
            "import org.jline.", "repl");

    @Test
    void thirdPartyTypesStayInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = MAIN.relativize(file).getParent() == null ? "" : MAIN.relativize(file).getParent().toString();
            for (String line : Files.readAllLines(file)) {
                LIBRARY_HOMES.forEach((prefix, home) -> {
                    if (line.startsWith(prefix) && !pkg.equals(home)) {
                        violations.add(file + ": " + line);
                    }
                });
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void commandLineUsesOnlyTheEngineFacade() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.startsWith(MAIN.resolve("cli"))) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                for (String stage : List.of("parse", "check", "ast", "series")) {
                    if (line.startsWith("import dev.caplan." + stage + ".")) {
                        violations.add(file + ": " + line);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(dir);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}

package dev.caplan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.Keywords;
import dev.caplan.check.Builtin;
import dev.caplan.diag.Code;
import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation is tested: every ```caplan block of the language reference is a complete
 * model that checks without a diagnostic, every {@code ./caplan ...} command shown in the
 * READMEs runs and succeeds, and an output shown after {@code $ ./caplan ...} is the output.
 */
class DocumentationTest {

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> languageReferenceExamplesLoad() throws IOException {
        List<String> blocks = fencedBlocks(Path.of("docs/language.md"), "```caplan");
        assertThat(blocks).as("caplan examples in docs/language.md").hasSizeGreaterThanOrEqualTo(5);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            int number = i + 1;
            tests.add(DynamicTest.dynamicTest("docs/language.md example " + number, () -> {
                Path file = scratch.resolve("example" + number + ".caplan");
                Files.writeString(file, block, StandardCharsets.UTF_8);
                CliRun run = CliRun.of("check", file.toString());
                assertThat(run.err()).as("example %d:\n%s", number, block).isEmpty();
                assertThat(run.exitCode()).isZero();
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> readmeCommandsRun() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path readme : readmes()) {
            for (String block : fencedBlocks(readme, "```sh")) {
                for (String line : block.split("\n")) {
                    String command = line.replaceFirst("\\s+#.*$", "").strip();
                    int expectedExit = expectedExit(line);
                    if (command.startsWith("./caplan ") && !command.contains("|")) {
                        tests.add(DynamicTest.dynamicTest(readme + ": " + command, () -> {
                            List<String> words = CliRun.split(command.substring("./caplan ".length()));
                            CliRun run = CliRun.of(words.toArray(String[]::new));
                            assertThat(run.exitCode()).as("%s\n%s", command, run.err()).isEqualTo(expectedExit);
                        }));
                    }
                }
            }
        }
        assertThat(tests).as("commands in the READMEs").isNotEmpty();
        return tests.stream();
    }

    /**
     * A ```text block of a README that starts with {@code $ ./caplan ...} shows that command's
     * output, exactly: the examples' READMEs cannot drift from what caplan prints.
     */
    @TestFactory
    Stream<DynamicTest> readmeOutputsAreWhatCaplanPrints() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path readme : readmes()) {
            for (String block : fencedBlocks(readme, "```text")) {
                String first = block.lines().findFirst().orElse("");
                if (first.startsWith("$ ./caplan ")) {
                    String command = first.substring("$ ./caplan ".length());
                    String shown = block.substring(first.length() + 1);
                    tests.add(DynamicTest.dynamicTest(readme + ": " + command, () -> {
                        CliRun run = CliRun.of(CliRun.split(command).toArray(String[]::new));
                        assertThat(run.out()).as("output of %s shown in %s", command, readme).isEqualTo(shown);
                    }));
                }
            }
        }
        assertThat(tests).as("outputs shown in the READMEs").isNotEmpty();
        return tests.stream();
    }

    private static List<Path> readmes() throws IOException {
        List<Path> readmes = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            walk.filter(p -> p.getFileName().toString().equals("README.md")).sorted().forEach(readmes::add);
        }
        return readmes;
    }

    /** The table of functions in the language reference is the {@link Builtin} table, row for row. */
    @Test
    void functionTableListsEveryBuiltin() throws IOException {
        String doc = Files.readString(Path.of("docs/language.md"), StandardCharsets.UTF_8);
        String start = "<!-- builtins -->\n";
        String table = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf("<!-- /builtins -->"));
        StringBuilder expected = new StringBuilder("| function | value |\n|---|---|\n");
        for (Builtin builtin : Builtin.values()) {
            expected.append("| `").append(builtin.usage()).append("` | ").append(builtin.documentation()).append(" |\n");
        }
        assertThat(table).isEqualTo(expected.toString());
    }

    /** Every reserved word of the language appears in the reference's quick reference. */
    @Test
    void quickReferenceShowsEveryKeyword() throws IOException {
        String doc = Files.readString(Path.of("docs/language.md"), StandardCharsets.UTF_8);
        String quick = doc.substring(doc.indexOf("## Quick reference"));
        List<String> missing = Keywords.ALL.stream()
                .filter(word -> !Pattern.compile("\\b" + word + "\\b").matcher(quick).find()).sorted().toList();
        assertThat(missing).as("keywords missing from the quick reference of docs/language.md").isEmpty();
    }

    /** Every diagnostic code is in the table of codes in the language reference. */
    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/language.md"), StandardCharsets.UTF_8);
        List<String> missing = Arrays.stream(Code.values()).map(Code::id).filter(id -> !doc.contains("| `" + id + "` |"))
                .toList();
        assertThat(missing).as("codes missing from the table in docs/language.md").isEmpty();
    }

    /** A command's comment may say "exit N" for a command that is meant to fail; otherwise 0. */
    private static int expectedExit(String line) {
        Matcher matcher = Pattern.compile("#.*\\bexit (\\d+)").matcher(line);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static List<String> fencedBlocks(Path file, String fence) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (current == null && line.strip().equals(fence)) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }
}

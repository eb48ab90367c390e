package dev.caplan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.caplan.ast.Comment;
import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.Quantity;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatter's properties over every model file of the project (models, examples, the test cases)
 * and the fuzz corpus: the result parses to the same meaning, formatting it again changes nothing,
 * and every comment is still there, in the same order. Files with syntax errors are refused (no text), which is checked too.
 */
class FormatPropertyTest {
    /** The fuzz corpus: every file, whatever its name; elsewhere the model files. */
    private static final Path FUZZ = Path.of("src/test/resources/dev/caplan/fuzz");
    private static final List<Path> ROOTS = List.of(Path.of("models"), Path.of("examples"), Path.of("src/test/resources"));

    @TestFactory
    Stream<DynamicTest> everyFileFormatsToTheSameMeaningOnceAndForAll() throws IOException {
        List<Path> files = files();
        assertThat(files).as("files under %s", ROOTS).hasSizeGreaterThan(20);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> check(file)));
    }

    /**
     * Comments anywhere a comment can go without changing the meaning (at the end of any line, on a
     * line of their own anywhere) and lines indented anyhow: the properties still hold.
     */
    @TestFactory
    Stream<DynamicTest> commentsAndIndentationAnywhere() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("models"), Path.of("examples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".caplan")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> {
            Random random = new Random(file.toString().hashCode());
            String text = Files.readString(file);
            for (int variant = 0; variant < 6; variant++) {
                check(file + " variant " + variant, scrambled(text, random), dump(parse(text)));
            }
        }));
    }

    private static String scrambled(String text, Random random) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                out.append(" ".repeat(random.nextInt(6))).append("# own ").append(number++).append('\n');
            } else if (roll == 1) {
                out.append('\n');
            }
            out.append(random.nextInt(4) == 0 ? " ".repeat(random.nextInt(5)) + line.stripLeading() : line);
            if (random.nextInt(5) == 0) {
                out.append(" ".repeat(random.nextInt(4))).append(" # end ").append(number++);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void check(String name, String text, String meaning) {
        String formatted = format(name, text);
        assertThat(formatted).as("formatted:\n%s", text).isNotNull();
        assertThat(dump(parse(formatted))).as("meaning of\n%s", formatted).isEqualTo(meaning);
        assertThat(format("again", formatted)).as("formatting again:\n%s", formatted).isEqualTo(formatted);
        assertThat(texts(ModelParser.comments(SourceFile.ofText("f", formatted))))
                .as("the comments of\n%s", formatted).isEqualTo(texts(ModelParser.comments(SourceFile.ofText("t", text))));
    }

    @Test
    void theModelsAndExamplesAreFormatted() throws IOException {
        for (Path root : List.of(Path.of("models"), Path.of("examples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".caplan")).toList()) {
                    String text = Files.readString(file);
                    assertThat(format(file.toString(), text)).as("caplan fmt %s", file).isEqualTo(text);
                }
            }
        }
    }

    @Test
    void theMeaningDumpSeesAChangedValue() {
        assertThat(dump(parse("let x = 1"))).isNotEqualTo(dump(parse("let x = 2")));
        assertThat(dump(parse("let x = 1.0"))).isNotEqualTo(dump(parse("let x = 1")));
        assertThat(dump(parse("let \"x\" = 1_000"))).isEqualTo(dump(parse("let x = 1000")));
    }

    private static void check(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        SourceFile source = SourceFile.ofText(file.toString(), text);
        SourceUnit unit = ModelParser.parseFile(source, diagnostics);
        if (diagnostics.hasErrors()) {
            assertThat(format(file.toString(), text)).as("a file with errors is not formatted").isNull();
            assumeTrue(false, "syntax errors: refused, as it should be");
        }
        String formatted = format(file.toString(), text);
        assertThat(formatted).as("formatted").isNotNull();
        assertThat(dump(parse(formatted))).as("the meaning of the formatted text").isEqualTo(dump(unit.items()));
        assertThat(format("again", formatted)).as("formatting the formatted text").isEqualTo(formatted);
        assertThat(texts(ModelParser.comments(SourceFile.ofText("f", formatted))))
                .as("the comments, in order").isEqualTo(texts(ModelParser.comments(source)));
    }

    static String format(String name, String text) {
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = SourceFile.ofText(name, text);
        SourceUnit unit = ModelParser.parseFile(file, diagnostics);
        return diagnostics.hasErrors() ? null : Formatter.format(unit, ModelParser.comments(file));
    }

    private static List<String> texts(List<Comment> comments) {
        return comments.stream().map(c -> c.text().stripTrailing()).toList();
    }

    private static List<Item> parse(String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<Item> items = ModelParser.parseFile(SourceFile.ofText("formatted.caplan", text), diagnostics).items();
        assertThat(diagnostics.all()).as("diagnostics of:\n%s", text).isEmpty();
        return items;
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> p.startsWith(FUZZ) || p.toString().endsWith(".caplan"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /**
     * The meaning of a tree: every record component but spans, recursively; a name without its
     * quoting, a number without its spelling (its value keeps its decimals), a period as the days it is.
     */
    static String dump(List<Item> items) {
        return items.stream().map(FormatPropertyTest::dump).collect(Collectors.joining("\n"));
    }

    private static String dump(Object node) {
        if (node instanceof Name name) {
            return "Name(" + name.text() + ")";
        }
        if (node instanceof PeriodLit period) {
            return period.isValid() ? "Period(" + period.period() + ")" : "Period(" + period.text() + ")";
        }
        if (node instanceof Quantity q) {
            return "Quantity(" + q.value() + ", " + q.tentative() + ", " + q.percent() + ", " + q.low() + ", " + q.high() + ")";
        }
        if (node instanceof Record record) {
            return record.getClass().getSimpleName() + components(record);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(FormatPropertyTest::dump).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(node);
    }

    private static String components(Record record) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() != Span.class) {
                try {
                    parts.add(component.getName() + "=" + dump(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return String.join(", ", parts);
    }
}

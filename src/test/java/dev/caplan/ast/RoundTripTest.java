package dev.caplan.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parse → print → parse on every model file of the project: the printed text must parse cleanly
 * to the same tree (spans aside) and print to itself again. Files with diagnostics on the first
 * parse (the error catalogue) are skipped, visibly: there is no trusted tree to compare with.
 * The fuzzer's corpus counts too, whatever its files are called: every input it keeps (a crash
 * found, a seed) that parses cleanly must round-trip.
 */
class RoundTripTest {
    /** The samples written for this test; a mistake in them must fail rather than skip. */
    private static final Path OWN_SAMPLES = Path.of("src/test/resources/cases/parse");
    private static final List<Path> ROOTS = List.of(Path.of("models"), Path.of("examples"), Path.of("src/test/resources"));
    /** Inputs of {@code fuzz.ModelFuzzTest}: bytes, read as it reads them (malformed UTF-8 replaced). */
    static final Path FUZZ_CORPUS = Path.of("src/test/resources/dev/caplan/fuzz/ModelFuzzTestInputs");

    @TestFactory
    Stream<DynamicTest> everyModelFileRoundTrips() throws IOException {
        List<Path> files = modelFiles();
        assertThat(files).as("model files under %s", ROOTS).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> roundTrip(file)));
    }

    @Test
    void dumpSeesADroppedEntry() {
        List<Item> items = parse("location x in y kind Z { capacity 1 capacity 2 }");
        Item.Location location = (Item.Location) items.get(0);
        Item.Location shorter = new Item.Location(location.name(), location.area(), location.kind(),
                location.entries().subList(0, 1), location.span());
        assertThat(dump(List.of(shorter))).isNotEqualTo(dump(items));
        assertThat(dump(parse("let x = 1"))).isEqualTo(dump(parse("let   x =\n (1)")));
    }

    private static void roundTrip(Path file) throws IOException {
        Diagnostics first = new Diagnostics();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<Item> original = ModelParser.parseFile(SourceFile.ofText(file.toString(), text), first).items();
        if (file.startsWith(OWN_SAMPLES)) {
            assertThat(first.all()).as("diagnostics of %s, written for this test", file).isEmpty();
        }
        assumeTrue(first.isEmpty(), "an error case: no trustworthy tree to round-trip");
        String printed = Printer.print(original);
        List<Item> reparsed = parse(printed);
        assertThat(dump(reparsed)).as("tree of the printed text").isEqualTo(dump(original));
        assertThat(Printer.print(reparsed)).as("printing the printed text again").isEqualTo(printed);
    }

    private static List<Item> parse(String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<Item> items = ModelParser.parseFile(SourceFile.ofText("printed.caplan", text), diagnostics).items();
        assertThat(diagnostics.all()).as("diagnostics of:\n%s", text).isEmpty();
        return items;
    }

    private static List<Path> modelFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(path -> path.toString().endsWith(".caplan")).sorted().forEach(files::add);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(FUZZ_CORPUS)) {
            walk.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".caplan")).sorted()
                    .forEach(files::add);
        }
        return files;
    }

    /**
     * The tree as text without spans: every record component but the {@link Span}s, recursively,
     * one line per item. Records compare spans too, so {@code equals} would see every moved byte;
     * this sees every value, name, quoting flag and entry instead.
     */
    static String dump(List<Item> items) {
        return items.stream().map(RoundTripTest::dump).collect(Collectors.joining("\n"));
    }

    private static String dump(Object node) {
        if (node instanceof Record record) {
            return record.getClass().getName().replace("dev.caplan.ast.", "") + components(record);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(RoundTripTest::dump).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(node);
    }

    private static String components(Record record) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() != Span.class) {
                parts.add(component.getName() + "=" + dump(value(component, record)));
            }
        }
        return parts.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}

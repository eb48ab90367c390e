package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.Item;
import dev.caplan.ast.LocationEntry;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving is lossless: for every model and example, saving without changes leaves every file
 * byte-identical, and one tweak of one capacity line changes that line and nothing else. A file
 * changed on disk after loading is never overwritten.
 */
class SessionSaveTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyModelSavesLosslessly() throws IOException {
        List<Path> models = new ArrayList<>();
        for (String root : List.of("models", "examples")) {
            try (Stream<Path> dirs = Files.list(Path.of(root))) {
                dirs.filter(Files::isDirectory).filter(ModelsAndExamplesTest::holdsAModel).sorted().forEach(models::add);
            }
        }
        return models.stream().map(model -> DynamicTest.dynamicTest(model.toString(), () -> {
            Path copy = copy(model, temp.resolve(model.getFileName()));
            Map<Path, byte[]> before = contents(copy);
            Session session = Session.open(List.of(copy)).value();
            assertThat(session.save().text()).isEqualTo("nothing to save\n");
            assertThat(contents(copy)).as("a save without changes").containsExactlyInAnyOrderEntriesOf(
                    before.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            Map.Entry::getValue)));
            LocationEntry.Capacity line = firstCapacityLine(session);
            if (line == null) {
                return; // a model without location blocks has no capacity line to tweak
            }
            Item.Location location = locationOf(session, line);
            String tweak = location.name().source() + " " + line.span().text().replaceFirst("capacity \\d+", "capacity 1234");
            Reply reply = session.submit(tweak);
            assertThat(reply.hasErrors()).as("%s\n%s", tweak, reply.diagnostics()).isFalse();
            assertThat(session.save().text()).startsWith("saved ");
            assertOnlyOneLineChanged(before, contents(copy), "capacity 1234");
        }));
    }

    @Test
    void refusesToOverwriteAFileChangedOnDisk() throws IOException {
        Path copy = copy(Path.of("models/ijsselland"), temp.resolve("ijsselland"));
        Session session = Session.open(List.of(copy)).value();
        assertThat(session.submit("\"ROL Zwolle\" capacity 300 from 2023-06-01 until 2026-02-01").hasErrors()).isFalse();
        Path azc = copy.resolve("azc.caplan");
        String edited = Files.readString(azc) + "# edited in another editor\n";
        Files.writeString(azc, edited);
        Reply reply = session.save();
        assertThat(reply.hasErrors()).isTrue();
        assertThat(reply.diagnostics().get(0).message()).contains("changed on disk");
        assertThat(Files.readString(azc)).isEqualTo(edited);
        try (Stream<Path> files = Files.list(copy)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aSavedScenarioReplaysWithEvalScenario() throws IOException {
        Path copy = copy(Path.of("models/ijsselland"), temp.resolve("ijsselland"));
        Session session = Session.open(List.of(copy)).value();
        session.submit("\"Kampen (temporary)\" capacity 80 until 2023-03-01");
        assertThat(session.saveScenario("kampen_early").text()).contains("saved scenario kampen_early");
        Outcome<Plan> plan = Engine.load(List.of(copy));
        Outcome<Plan> scenario = plan.value().scenario("kampen_early");
        assertThat(scenario.value()).as("%s", scenario.diagnostics()).isNotNull();
        String total = scenario.value().query("azc", "2023-04-01", null).value().rows().get(0).cells().get(0)
                .value().toPlainString();
        assertThat(total).isEqualTo("1885");
    }

    /** One line holds the change; other lines differ at most in spaces (the realigned comments of a formatted file). */
    private static void assertOnlyOneLineChanged(Map<Path, byte[]> before, Map<Path, byte[]> after, String marker) {
        int changedLines = 0;
        for (Path file : after.keySet()) {
            List<String> a = List.of(new String(before.get(file), StandardCharsets.UTF_8).split("\n", -1));
            List<String> b = List.of(new String(after.get(file), StandardCharsets.UTF_8).split("\n", -1));
            assertThat(b).as("line count of %s", file).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                if (b.get(i).contains(marker)) {
                    changedLines++;
                } else {
                    // a formatted file stays formatted: a neighbour's comment may move, nothing else
                    assertThat(b.get(i).replaceAll("\\s+", " ")).as("line %d of %s", i + 1, file)
                            .isEqualTo(a.get(i).replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(changedLines).isEqualTo(1);
    }

    private static LocationEntry.Capacity firstCapacityLine(Session session) {
        for (Item item : session.items()) {
            if (item instanceof Item.Location location) {
                for (LocationEntry entry : location.entries()) {
                    if (entry instanceof LocationEntry.Capacity c && c.span().text().matches("capacity \\d+.*")
                            && !c.value().tentative() && !c.value().isRange()) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static Item.Location locationOf(Session session, LocationEntry.Capacity line) {
        for (Item item : session.items()) {
            if (item instanceof Item.Location location && location.entries().contains(line)) {
                return location;
            }
        }
        throw new AssertionError("no location holds " + line);
    }

    private static Map<Path, byte[]> contents(Path root) throws IOException {
        Map<Path, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static Path copy(Path from, Path to) throws IOException {
        return TestFiles.copyTree(from, to);
    }
}

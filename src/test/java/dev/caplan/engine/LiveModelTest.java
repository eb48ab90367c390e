package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.ResultTable;
import dev.caplan.source.SourceFile;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model kept loaded while its files change ({@code caplan serve}): a reload reads only the files
 * it is told changed (and new ones), keeps every other file's text and parsed unit, and gives the
 * new numbers; a load with errors is reported and the next one starts from the last good one.
 */
class LiveModelTest {
    private static final String ZWOLLE = "capacity 300 from 2023-04-01 until 2026-02-01";

    @TempDir
    Path scratch;

    @Test
    void aReloadReadsOnlyTheChangedFile() throws IOException {
        Path model = TestFiles.copyTree(Path.of("models/ijsselland"), scratch.resolve("ijsselland"));
        LiveModel live = LiveModel.on(List.of(model));
        Plan first = live.reload(null).value();
        assertThat(first).isNotNull();
        assertThat(total(first)).isEqualTo("1965");

        Path azc = model.resolve("azc.caplan");
        Path cno = model.resolve("cno.caplan");
        replace(azc, ZWOLLE, ZWOLLE.replace("300", "400"));
        // written on disk but not reported as changed: a reload that re-read it would see this
        Files.writeString(cno, Files.readString(cno, StandardCharsets.UTF_8) + "\nthis is not caplan\n");
        Outcome<Plan> second = live.reload(Set.of(azc));
        assertThat(second.diagnostics()).isEmpty();
        assertThat(total(second.value())).isEqualTo("2065");

        Map<Path, SourceFile> before = byPath(first);
        Map<Path, SourceFile> after = byPath(second.value());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, file) -> {
            if (path.equals(Workspace.key(azc))) {
                assertThat(file).isNotSameAs(before.get(path));
            } else {
                assertThat(file).as("%s kept, not read again", path).isSameAs(before.get(path));
            }
        });
    }

    @Test
    void aBrokenLoadIsReportedAndTheNextStartsFromTheLastGoodOne() throws IOException {
        Path model = TestFiles.copyTree(Path.of("models/ijsselland"), scratch.resolve("ijsselland"));
        Path azc = model.resolve("azc.caplan");
        LiveModel live = LiveModel.on(List.of(model));
        assertThat(live.reload(null).value()).isNotNull();
        replace(azc, ZWOLLE, "capacity three hundred");
        Outcome<Plan> broken = live.reload(Set.of(azc));
        assertThat(broken.value()).isNull();
        assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.span().file().displayName()).endsWith("azc.caplan"));
        replace(azc, "capacity three hundred", ZWOLLE.replace("300", "350"));
        Outcome<Plan> mended = live.reload(Set.of(azc));
        assertThat(total(mended.value())).isEqualTo("2015");
    }

    @Test
    void aNewFileInTheFolderJoinsTheModel() throws IOException {
        Path model = TestFiles.copyTree(Path.of("models/ijsselland"), scratch.resolve("ijsselland"));
        LiveModel live = LiveModel.on(List.of(model));
        int files = live.reload(null).value().files().size();
        Path added = model.resolve("more/extra.caplan");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "let extra_places = 5\n");
        Plan plan = live.reload(Set.of(added.getParent())).value();
        assertThat(plan.files()).hasSize(files + 1);
        assertThat(plan.query("extra_places", "2023-07-01", null).value().rows().get(0).cells().get(0).value())
                .isEqualByComparingTo("5");
    }

    /** AZC places in the region on 2023-07-01 (expected: tentative ones counted). */
    private static String total(Plan plan) {
        ResultTable table = plan.query("azc", "2023-07-01", null).value();
        return table.rows().get(0).cells().get(0).value().toPlainString();
    }

    private static Map<Path, SourceFile> byPath(Plan plan) {
        return plan.files().stream().collect(Collectors.toMap(f -> Workspace.key(f.path()), Function.identity()));
    }

    private static void replace(Path file, String old, String now) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(old);
        Files.writeString(file, text.replace(old, now), StandardCharsets.UTF_8);
    }
}

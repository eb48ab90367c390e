package dev.caplan.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Engine;
import dev.caplan.engine.Plan;
import dev.caplan.engine.Reply;
import dev.caplan.engine.Session;
import dev.caplan.output.Format;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's pieces at a tiny size, so they keep working: the generator writes a model that
 * loads without diagnostics, the same seed gives the same files, the hand-written floor computes
 * the same monthly totals as the engine, and the workloads run. No timing here: speed lives in
 * bench/run.
 */
class SyntheticModelSmokeTest {
    private static final ModelGenerator.Settings TINY = new ModelGenerator.Settings(60, 2024, 2, 7);

    @TempDir
    Path temp;

    @Test
    void generatedModelLoadsAndTheFloorAgreesWithTheEngine() throws IOException {
        Path model = temp.resolve("model");
        new ModelGenerator(TINY).writeTo(model);
        var loaded = Engine.load(List.of(model));
        assertThat(loaded.diagnostics()).isEmpty();
        Plan plan = loaded.value();

        ResultTable engine = Workloads.byKind(plan, 2024, 2, false);
        Floor.Segments segments = Floor.read(model);
        long[][] floor = Floor.monthlyByKind(segments, LocalDate.of(2024, 1, 1), 24);
        List<String> kinds = Floor.kindNames(segments);
        for (ResultRow row : engine.rows()) {
            long[] expected = floor[kinds.indexOf(row.label())];
            for (int month = 0; month < 24; month++) {
                assertThat(row.cells().get(month).value().longValueExact()).as("%s month %d", row.label(), month)
                        .isEqualTo(expected[month]);
            }
        }
        assertThat(Workloads.loadAndEvaluate(model)).hasSize(3);
        assertThat(Workloads.byKind(plan, 2024, 2, true).columns()).hasSize(731);
    }

    @Test
    void sameSeedSameFiles() throws IOException {
        new ModelGenerator(TINY).writeTo(temp.resolve("a"));
        new ModelGenerator(TINY).writeTo(temp.resolve("b"));
        for (String file : List.of("areas.caplan", "locations-000.caplan", "cno.caplan", "quotas.caplan")) {
            assertThat(Files.readString(temp.resolve("a").resolve(file))).isEqualTo(Files.readString(temp.resolve("b").resolve(file)));
        }
    }

    @Test
    void aTweakRecomputesOnlyWhatDependsOnIt() throws IOException {
        Path model = temp.resolve("model");
        new ModelGenerator(TINY).writeTo(model);
        Session session = Session.open(List.of(model)).value();
        Reply reply = Workloads.tweak(session, 1, 999);
        assertThat(reply.hasErrors()).as("%s", reply.diagnostics()).isFalse();
        assertThat(reply.text()).contains("recomputed").doesNotContain("recomputed 0 of");
        assertThat(Workloads.evaluateAll(session.plan())).hasSize(3);
    }

    @Test
    void sumsCarriedOverAfterTweaksEqualAFreshEvaluation() throws IOException {
        Path model = temp.resolve("model");
        new ModelGenerator(TINY).writeTo(model);
        Session session = Session.open(List.of(model)).value();
        String before = Plan.render(Workloads.evaluateAll(session.plan()), Format.CSV);
        int made = 0;
        for (int location = 1; location <= 40; location += 3) {
            // a refused tweak (say, one overlapping the next line) is rolled back; the others count
            made += Workloads.tweak(session, location, 100 + location).hasErrors() ? 0 : 1;
        }
        assertThat(made).isGreaterThanOrEqualTo(3);
        session.submit("location \"New\" in M001 kind AZC {\n  capacity 70 from 2024-03-01\n}");
        String incremental = Plan.render(Workloads.evaluateAll(session.plan()), Format.CSV);
        assertThat(session.save().text()).startsWith("saved");
        String fresh = Plan.render(Workloads.loadAndEvaluate(model), Format.CSV);
        assertThat(incremental).isEqualTo(fresh).isNotEqualTo(before);
    }
}

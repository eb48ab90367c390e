package dev.caplan.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Engine;
import dev.caplan.engine.Plan;
import dev.caplan.engine.Reply;
import dev.caplan.engine.Session;
import dev.caplan.output.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental recompute against a fresh evaluation, over random sequences of REPL edits on a small
 * synthetic model: capacity lines (also lines of another kind than their location's), grid cells,
 * new locations (also in a province, region or the country itself), rewritten definitions, quota
 * and actual lines (which reach every quota-reading definition and the quotas and actuals grouped
 * by area in the report added first), undo and redo. After every edit the
 * session's reports and definitions must equal those of the same files loaded from scratch: a
 * value carried over that the edit should have changed is a wrong number on screen.
 */
class RecomputeSequencesTest {
    private static final ModelGenerator.Settings SMALL = new ModelGenerator.Settings(40, 2024, 2, 11);
    private static final int SEQUENCES = 8;
    private static final int STEPS = 8;
    private static final List<String> DEFINITIONS = List.of("regular", "crisis", "ukrainian", "all_places", "surplus",
            "per_province");
    /** Added before the edits: groupings of quotas, actuals and places of one kind, which the edits must move. */
    private static final List<String> SETUP = List.of(
            "let per_province = azc_places[Netherlands] by province",
            "report grouped \"Grouped by area\" {\n  rows per_province\n  rows actual(status_holders[Netherlands]) by region\n"
                    + "  rows status_holders[P01] by municipality\n  rows capacity[kind = GOO] by region\n"
                    + "  rows capacity[kind in (NO, GOO)] by kind\n  columns 2024-01 .. 2025-12\n  total\n}");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> randomEditSequences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int seed = 1; seed <= SEQUENCES; seed++) {
            long sequence = seed;
            tests.add(DynamicTest.dynamicTest("sequence " + seed, () -> run(sequence)));
        }
        return tests.stream();
    }

    private void run(long seed) throws IOException {
        Path model = temp.resolve("model-" + seed);
        new ModelGenerator(SMALL).writeTo(model);
        Session session = Session.open(List.of(model)).value();
        for (String declaration : SETUP) {
            assertThat(session.submit(declaration).hasErrors()).as(declaration).isFalse();
        }
        Random random = new Random(seed);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            String edit = edit(random, step);
            Reply reply = switch (edit) {
                case ":undo" -> session.undo();
                case ":redo" -> session.redo();
                default -> session.submit(edit);
            };
            done.add(edit + (reply.hasErrors() ? "   (refused: " + reply.diagnostics().get(0).message() + ")" : ""));
            String incremental = answers(session.plan());
            assertThat(session.save().hasErrors()).isFalse();
            String fresh = answers(Engine.load(List.of(model)).value());
            assertThat(incremental).as("after the edits (seed %d):%n  %s", seed, String.join("\n  ", done))
                    .isEqualTo(fresh);
        }
    }

    /** Every report and every definition month by month, exactly (CSV). */
    private static String answers(Plan plan) {
        StringBuilder out = new StringBuilder(Plan.render(Workloads.evaluateAll(plan), Format.CSV));
        for (String name : DEFINITIONS) {
            out.append(Plan.render(List.of(plan.query(name, null, "2024-01 .. 2025-12 monthly").value()), Format.CSV));
        }
        return out.toString();
    }

    private static String edit(Random random, int step) {
        int location = 1 + random.nextInt(40);
        int month = 1 + random.nextInt(12);
        int year = 2024 + random.nextInt(2);
        return switch (random.nextInt(step == 0 ? 10 : 12)) {
            case 0 -> String.format("\"L%05d\" capacity %d%s from %d-%02d-01 until %d-01-01", location,
                    10 * (1 + random.nextInt(60)), random.nextBoolean() ? "" : "?", year, month, year + 1);
            case 1 -> {
                int region = 1 + random.nextInt(3);
                String[] cells = {String.valueOf(10 * random.nextInt(30)), "-", 10 * (1 + random.nextInt(30)) + "?"};
                yield String.format("cno_R%02d[\"CNO R%02d-%d\", %d-%02d-01] = %s", region, region,
                        1 + random.nextInt(5), year, month, cells[random.nextInt(cells.length)]);
            }
            case 2 -> String.format("location \"New %d\" in M%03d kind %s {\n  capacity %d from %d-%02d-01\n}",
                    random.nextInt(1000), 1 + random.nextInt(300), random.nextBoolean() ? "AZC" : "CNO",
                    10 * (1 + random.nextInt(40)), year, month);
            case 3 -> random.nextBoolean() ? "let crisis = capacity[kind in (CNO, GOO)]" : "let crisis = capacity[kind = CNO]";
            case 4 -> String.format("quota azc_places \"places needed\" level by population {\n"
                    + "  Netherlands %d from 2024-01-01\n  Netherlands %d? from 2025-01-01\n%s}",
                    5000 + random.nextInt(5000), 5000 + random.nextInt(5000), random.nextBoolean() ? ""
                            : String.format("  P%02d %d from %d-%02d-01\n", 1 + random.nextInt(12), random.nextInt(900),
                            year, month));
            case 5 -> random.nextBoolean() ? "let surplus = regular - azc_places[Netherlands] * 2"
                    : "let surplus = regular - azc_places[Netherlands]";
            case 6 -> String.format("\"L%05d\" capacity %d during %d-Q%d", location, 10 * (1 + random.nextInt(60)),
                    year, 1 + random.nextInt(4));
            case 7 -> String.format("\"L%05d\" capacity %d from %d-%02d-01 until %d-01-01 kind %s", location,
                    10 * (1 + random.nextInt(60)), year, month, year + 1, random.nextBoolean() ? "GOO" : "NO");
            case 8 -> String.format("location \"Wide %d\" in %s kind NO {\n  capacity %d until %d-%02d-01\n"
                    + "  capacity %d from %d-%02d-01 kind GOO\n}", random.nextInt(1000),
                    List.of("Netherlands", "P01", "P07", "R02", "R13").get(random.nextInt(5)),
                    10 * (1 + random.nextInt(40)), year, month, 10 * (1 + random.nextInt(40)), year, month);
            case 9 -> String.format("actual status_holders {\n  R01 %d in 2024-H1\n  R%02d %d in %d-H%d\n}",
                    random.nextInt(500), 1 + random.nextInt(25), random.nextInt(500), year, 1 + random.nextInt(2));
            case 10 -> ":undo";
            default -> ":redo";
        };
    }
}

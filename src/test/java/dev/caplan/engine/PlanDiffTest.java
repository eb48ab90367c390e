package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.caplan.result.PlanDiff;
import dev.caplan.result.PlanDiff.Change;
import dev.caplan.result.PlanDiff.DeclarationChange;
import dev.caplan.result.PlanDiff.Presence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link Version#diff} finds between two small models on disk: declarations in the language's
 * terms (places over time, options, grid rows, definitions, block lines, labels), and check outcomes
 * held → fails and back, new and removed.
 */
class PlanDiffTest {
    private static final String AREAS = """
            country Netherlands
            province Overijssel in Netherlands
            region IJsselland in Overijssel
            municipality Zwolle, Kampen in IJsselland
            kind AZC, CNO
            """;

    @TempDir
    Path temp;

    @Test
    void placesOverTimeOptionsAndNotes() throws IOException {
        PlanDiff diff = diff("""
                location "Hall" in Zwolle kind AZC {
                  capacity 100 until 2024-01-01
                  capacity 50? from 2024-01-01 until 2025-01-01
                  option extend until 2025-01-01
                  note "old"
                }
                """, """
                location "Hall" in Zwolle kind AZC {
                  capacity 100 until 2023-07-01
                  capacity 120 from 2023-07-01 until 2024-01-01
                  capacity 50 from 2024-01-01 until 2026-01-01
                  option grow expand to 200 from 2025-06-01 until 2026-01-01
                  note "new"
                }
                """);
        assertThat(diff.declarations()).containsExactly(new DeclarationChange("location", "\"Hall\"", Change.CHANGED,
                List.of("100 → 120 places from 2023-07-01 until 2024-01-01",
                        "50? → 50 places from 2024-01-01 until 2025-01-01",
                        "0 → 50 places from 2025-01-01 until 2026-01-01",
                        "option grow added: option grow expand to 200 from 2025-06-01 until 2026-01-01",
                        "option extend removed",
                        "removed: note \"old\"",
                        "added: note \"new\"")));
    }

    @Test
    void gridRowsDefinitionsBlockLinesAndLabels() throws IOException {
        String before = """
                table crisis kind CNO {
                                2023-01-01 2023-02-01
                  Zwolle                50         50
                  Kampen                20         20
                }
                let all = capacity[IJsselland]
                report places {
                  rows capacity[IJsselland] by location
                  columns 2023-01-01
                }
                check all >= 10 on 2023-01-01 as "some places"
                """;
        String after = """
                table crisis kind CNO {
                                2023-01-01 2023-02-01
                  Zwolle                50         40
                  "Zwolle (hall)" in Zwolle  5   5
                }
                let all = capacity[IJsselland, kind = CNO]
                report places {
                  rows capacity[IJsselland] by location
                  columns 2023-01-01, 2023-02-01
                }
                check all >= 10 on 2023-01-01 as "enough places"
                """;
        PlanDiff diff = diff(before, after);
        assertThat(diff.declarations()).extracting(DeclarationChange::kind, DeclarationChange::name,
                DeclarationChange::change, DeclarationChange::details).containsExactly(
                tuple("table", "crisis", Change.CHANGED, List.of("row Zwolle: 50 → 40 places from 2023-02-01 on",
                        "row Zwolle (hall) added", "row Kampen removed")),
                tuple("let", "all", Change.CHANGED, List.of("capacity[IJsselland] → capacity[IJsselland, kind = CNO]")),
                tuple("report", "places", Change.CHANGED, List.of("removed: columns 2023-01-01",
                        "added: columns 2023-01-01, 2023-02-01")),
                tuple("check", "\"enough places\"", Change.ADDED, List.of()),
                tuple("check", "\"some places\"", Change.REMOVED, List.of()));
    }

    @Test
    void aCheckThatHeldAndNowFailsAndTheOtherWayRound() throws IOException {
        String location = """
                location "Hall" in Zwolle kind AZC {
                  capacity %s
                }
                check capacity[IJsselland] >= 100 on 2023-01-01 as "enough"
                """;
        PlanDiff worse = diff(location.formatted("120"), location.formatted("80"));
        assertThat(worse.resultsChanged()).isTrue();
        PlanDiff.OutcomeChange change = worse.results().get(0).outcomes().get(0);
        assertThat(change.label()).isEqualTo("enough");
        assertThat(change.before()).isNull();
        assertThat(change.after()).isNotNull();
        assertThat(change.present()).isEqualTo(Presence.BOTH);
        PlanDiff better = diff(location.formatted("80"), location.formatted("120"));
        assertThat(better.results().get(0).outcomes().get(0).after()).isNull();
        PlanDiff same = diff(location.formatted("120"), location.formatted("120") + "# a comment\n");
        assertThat(same.isEmpty()).isTrue();
    }

    private PlanDiff diff(String before, String after) throws IOException {
        Version old = version("before", before);
        Version now = version("after", after);
        var diff = old.diff(now, Arrays.asList((String) null));
        assertThat(diff.diagnostics()).isEmpty();
        return diff.value();
    }

    private Version version(String name, String text) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("model.caplan"), AREAS + text);
        var loaded = Version.onDisk(name, List.of(folder));
        assertThat(loaded.diagnostics()).as(name).isEmpty();
        return loaded.value();
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.output.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groupings an edit can move in ways a correction by differences does not see on its own: a group
 * that the edit empties (the only NO places become GOO), a location moved to an area of another
 * level, a quota grouped by province after a quota line changes. After each edit the session's
 * reports must equal those of the saved files loaded afresh.
 */
class GroupsAfterEditsTest {
    private static final String MODEL = """
            country Netherlands
            province Overijssel, Gelderland in Netherlands
            region IJsselland in Overijssel
            region Veluwe in Gelderland
            municipality Deventer, Zwolle in IJsselland
            municipality Apeldoorn in Veluwe
            kind AZC, NO, GOO
            location "Sporthal" in Zwolle kind NO {
              capacity 200 from 2023-01-01 until 2024-01-01
            }
            location "AZC Deventer" in Deventer kind AZC {
              capacity 500
            }
            location "Hotel" in Apeldoorn kind GOO {
              capacity 60 from 2023-06-01
            }
            key population shares {
              Overijssel 60%
              Gelderland 40%
            }
            quota azc_places level by population {
              Netherlands 1000 from 2023-01-01
            }
            """;
    /** In a file of its own, which the edits leave as it is: its groupings are carried over and corrected. */
    private static final String REPORT = """
            let per_province = capacity by province
            report r "Groups" {
              rows per_province
              rows capacity by kind
              rows capacity by region
              rows capacity[kind in (NO, GOO)] by municipality
              rows azc_places[Netherlands] by province
              columns 2023-01-01, 2023-07-01, 2024-01-01
              total
            }
            """;

    @TempDir
    Path temp;

    @Test
    void incrementalGroupsEqualAFreshEvaluation() throws IOException {
        Path model = temp.resolve("model");
        Files.createDirectories(model);
        Files.writeString(model.resolve("model.caplan"), MODEL);
        Files.writeString(model.resolve("report.caplan"), REPORT);
        Session session = Session.open(List.of(model)).value();
        String before = reports(session.plan());
        List<String> edits = List.of(
                "\"Sporthal\" capacity 200 from 2023-01-01 until 2024-01-01 kind GOO",   // the NO group empties
                "\"Sporthal\" capacity 150 from 2023-01-01 until 2024-01-01 kind NO",    // and comes back
                "location \"Hotel\" in Gelderland kind GOO {\n  capacity 60 from 2023-06-01\n}", // no region any more
                "location \"AZC Deventer\" in Netherlands kind AZC {\n  capacity 500\n}",        // no province
                "quota azc_places level by population {\n  Netherlands 1200 from 2023-01-01\n  Gelderland 100 from 2023-07-01\n}");
        for (String edit : edits) {
            Reply reply = session.submit(edit);
            assertThat(reply.hasErrors()).as("%s: %s", edit, reply.diagnostics()).isFalse();
            String incremental = reports(session.plan());
            assertThat(session.save().hasErrors()).isFalse();
            assertThat(incremental).as("after %s", edit).isEqualTo(reports(Engine.load(List.of(model)).value()));
        }
        assertThat(reports(session.plan())).isNotEqualTo(before);
    }

    @Test
    void aRegionMovedToAnotherProvinceRegroupsDefinitions() throws IOException {
        Path model = temp.resolve("moved");
        Files.createDirectories(model);
        Path file = model.resolve("model.caplan");
        Files.writeString(file, MODEL);
        Files.writeString(model.resolve("report.caplan"), REPORT);
        Session session = Session.open(List.of(model)).value();
        String before = reports(session.plan());
        Files.writeString(file, MODEL.replace("region Veluwe in Gelderland", "region Veluwe in Overijssel"));
        assertThat(session.reload().hasErrors()).isFalse();
        String fresh = reports(Engine.load(List.of(model)).value());
        assertThat(reports(session.plan())).isEqualTo(fresh).isNotEqualTo(before);
    }

    private static String reports(Plan plan) {
        return Plan.render(plan.reports(null).value(), Format.CSV);
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor shows beside a model: the notes at the ends of lets and checks, and hover's details. */
class EditorFactsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 1);
    private static final String MODEL = """
            country Netherlands
            province Overijssel in Netherlands
            region IJsselland in Overijssel
            municipality Deventer, "Zwolle*" in IJsselland
            kind AZC, NO
            location A in Deventer kind AZC {
              capacity 100 until 2024-01-01
              option extend until 2025-01-01   # asked for
              option more expand to 150 from 2024-01-01
            }
            location B in "Zwolle*" kind NO {
              capacity ? from 2023-01-01
            }
            key weight weights {
              Deventer 2
              "Zwolle*" 1
            }
            quota places level by weight {
              IJsselland 90 from 2023-01-01
            }
            let a = capacity[kind = AZC]
            let b = capacity[B]
            let by_kind = capacity by kind
            check a >= places[IJsselland] on 2023-03-01, 2023-07-01 as "enough"
            check a >= 100 on 2024-02-01 as "too many"
            """;

    @TempDir
    Path folder;

    private EditorFacts facts(String text) throws IOException {
        Path file = folder.resolve("model.caplan");
        Files.writeString(file, text);
        return new EditorFacts(EditorModel.load(List.of(folder), Map.of(), null), DAY);
    }

    private List<EditorFacts.LineNote> notes(String text) throws IOException {
        return facts(text).lineNotes(folder.resolve("model.caplan"), 0, text.length());
    }

    @Test
    void aLetShowsItsValueAndACheckItsOutcomeWhereTheyEnd() throws IOException {
        List<EditorFacts.LineNote> notes = notes(MODEL);
        assertThat(notes).extracting(EditorFacts.LineNote::label).containsExactly("= 100", "= -",
                "✓ holds on 2023-03-01: a = 100, places[IJsselland] = 90",
                "✗ fails on 2024-02-01: a = 0, 100 (short by 100)");
        assertThat(notes.get(0).offset()).isEqualTo(MODEL.indexOf("let a = capacity[kind = AZC]")
                + "let a = capacity[kind = AZC]".length());
        assertThat(notes.get(1).detail()).isEqualTo("b on 2023-07-01: -");
        assertThat(notes.get(2).detail()).contains("holds on every day it judges");
    }

    @Test
    void onlyTheNotesOfTheLinesAskedFor() throws IOException {
        int check = MODEL.indexOf("check a >= 100");
        assertThat(facts(MODEL).lineNotes(folder.resolve("model.caplan"), check, MODEL.length()))
                .extracting(EditorFacts.LineNote::label).containsExactly("✗ fails on 2024-02-01: a = 0, 100 (short by 100)");
    }

    @Test
    void noValuesWhileTheTextHasErrors() throws IOException {
        assertThat(notes(MODEL + "let c = capacity[Deventr]\n")).isEmpty();
        assertThat(facts(MODEL + "let c = capacity[Deventr]\n").quotaDetails("places")).isEmpty();
    }

    @Test
    void aQuotaShowsItsAmountAndShareInEachAreaWithNamesEscapedForMarkdown() throws IOException {
        assertThat(facts(MODEL).quotaDetails("places")).hasValueSatisfying(text -> assertThat(text)
                .contains("amounts on 2023-07-01, shares by key `weight`")
                .contains("| IJsselland | 90 |  |")
                .contains("| Deventer | 60 | weight 2 |")
                .contains("| Zwolle\\* | 30 | weight 1 |"));
    }

    @Test
    void aLetShowsItsFirmValue() throws IOException {
        assertThat(facts(MODEL).letDetails("a")).hasValue("\n- firm value: `100` (nothing tentative)\n");
        assertThat(facts(MODEL).letDetails("b")).as("unknown: nothing more to say").isEmpty();
    }

    @Test
    void aLocationShowsItsOptionsAsWritten() throws IOException {
        assertThat(facts(MODEL).locationDetails("A")).hasValue("\noptions (a scenario takes them up with `exercise option`):"
                + "\n\n- `option extend until 2025-01-01`\n- `option more expand to 150 from 2024-01-01`\n");
        assertThat(facts(MODEL).locationDetails("B")).isEmpty();
    }

    @Test
    void completionWordsOfTheModelAndTheDay() throws IOException {
        EditorFacts facts = facts(MODEL);
        assertThat(facts.periodsOfTheDay()).containsExactly("2023-07-01", "2023-07", "2023-Q3", "2023-H2", "2023");
        assertThat(facts.changeDays()).containsExactly("2023-01-01", "2024-01-01");
        assertThat(facts.optionReferences()).containsExactly("A extend", "A more");
        assertThat(EditorFacts.declarationWords()).contains("municipality", "location", "scenario").doesNotContain("area");
    }
}

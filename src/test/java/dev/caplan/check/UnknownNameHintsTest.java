package dev.caplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown name that is declared as something else says what it is; a bare hyphenated name says to quote it. */
class UnknownNameHintsTest {
    private static final String MODEL = """
            country Netherlands
            province Overijssel in Netherlands
            region IJsselland in Overijssel
            municipality Deventer, "Olst-Wijhe" in IJsselland
            kind AZC
            group amv
            location "A" in Deventer kind AZC { capacity 10 }
            table grid kind AZC { 2023-01-01
              Deventer 5
            }
            key population weights { Deventer 100 }
            quota azc_places level by population { IJsselland 100 from 2023-01-01 }
            report r { rows capacity columns 2023-01-01 }
            scenario s { exercise options }
            """;

    @Test
    void aHyphenatedNameIsOneErrorOnItsFirstUnknownPart() {
        List<Diagnostic> errors = check("let x = Olst-Wijhe");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).isEqualTo("unknown name 'Olst'");
        assertThat(errors.get(0).hint()).isEqualTo("names with a hyphen are quoted: \"Olst-Wijhe\" "
                + "('Olst-Wijhe' is an area; its places are capacity[\"Olst-Wijhe\"])");
        List<Diagnostic> second = check("let Olst = 1\nlet x = Olst-Wijhe");
        assertThat(second).extracting(Diagnostic::message).containsExactly("unknown name 'Wijhe'");
    }

    @Test
    void aSubtractionOfDefinitionsStaysASubtraction() {
        assertThat(check("let a = 1\nlet b = 2\nlet c = a-b")).isEmpty();
        List<Diagnostic> spaced = check("let c = Olst - Wijhe");
        assertThat(spaced).hasSize(2).allSatisfy(d -> assertThat(d.hint()).doesNotContain("hyphen"));
    }

    @Test
    void aNameDeclaredAsSomethingElseSaysWhatItIs() {
        assertThat(hint("let x = azc_places + 1"))
                .isEqualTo("'azc_places' is a quota; a quota is read per area: azc_places[IJsselland]");
        assertThat(hint("let x = population"))
                .isEqualTo("'population' is a key; it divides a quota (quota q level by population { ... })");
        assertThat(hint("let x = AZC")).isEqualTo("'AZC' is a kind; its places are capacity[kind = AZC]");
        assertThat(hint("let x = amv")).isEqualTo("'amv' is a target group; its places are capacity[group = amv]");
        assertThat(hint("let x = grid")).isEqualTo("'grid' is a table; its places are capacity[table = grid]");
        assertThat(hint("let x = r")).startsWith("'r' is a report");
        assertThat(hint("let x = s")).startsWith("'s' is a scenario");
        assertThat(hint("let x = Deventer")).isEqualTo("'Deventer' is an area; its places are capacity[Deventer]");
        assertThat(hint("let x = totl")).isEqualTo("define it with: let totl = ...");
    }

    @Test
    void inASelectionAndAsAQuota() {
        assertThat(hint("let x = capacity[azc_places]"))
                .isEqualTo("'azc_places' is a quota; a quota is read per area: azc_places[IJsselland]");
        assertThat(hint("let x = capacity[amv]")).isEqualTo("'amv' is a target group: write group = amv");
        assertThat(hint("let x = capacity[AZC]")).isEqualTo("'AZC' is a kind: write kind = AZC");
        assertThat(hint("let x = population[IJsselland]")).startsWith("'population' is a key");
    }

    private static String hint(String text) {
        List<Diagnostic> errors = check(text);
        assertThat(errors).as("errors of %s", text).hasSize(1);
        return errors.get(0).hint();
    }

    private static List<Diagnostic> check(String text) {
        Diagnostics diagnostics = new Diagnostics();
        SourceUnit unit = ModelParser.parseFile(SourceFile.ofText("<test>", MODEL + text), diagnostics);
        assertThat(diagnostics.all()).as("syntax errors").isEmpty();
        Checker.check(List.of(unit), diagnostics);
        return diagnostics.sorted();
    }
}

package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Syntax errors inside a Dutch number, a date written day first or a bare hyphenated name cover
 * the whole of it and say what was meant; the same tokens with spaces between them are left alone.
 */
class CommonMistakesTest {

    @Test
    void aHyphenatedNameIsOneError() {
        Diagnostic error = single("location Olst-Wijhe in Deventer kind AZC { capacity 10 }");
        assertThat(error.message()).isEqualTo("unexpected '-' in Olst-Wijhe");
        assertThat(error.span().text()).isEqualTo("Olst-Wijhe");
        assertThat(error.hint()).isEqualTo("names with a hyphen are quoted: \"Olst-Wijhe\"");
        assertThat(single("let a = capacity[Hof-van-Twente]").hint())
                .isEqualTo("names with a hyphen are quoted: \"Hof-van-Twente\"");
    }

    @Test
    void theRestOfTheLineIsTheParsersRecovery() {
        // ANTLR goes on at "kind AZC" as a declaration of its own, and trips over "{"
        Diagnostics diagnostics = new Diagnostics();
        SourceUnit unit = ModelParser.parseFile(SourceFile.ofText("<test>",
                "location \"X\" in Olst-Wijhe kind AZC {\n capacity 10\n}\nkind NO\n"), diagnostics);
        assertThat(diagnostics.all()).hasSize(1);
        assertThat(unit.items()).extracting(item -> item.span().text()).containsExactly("kind NO");
    }

    @Test
    void spacesAroundAMinusMeanAMinus() {
        List<Diagnostic> errors = errors("location Olst - Wijhe in Deventer kind AZC { capacity 10 }");
        assertThat(errors).isNotEmpty().allSatisfy(d -> assertThat(d.hint()).doesNotContain("hyphen"));
        assertThat(errors("let a = b - c")).isEmpty();
        assertThat(errors("let a = b-c")).as("parses: the checker decides").isEmpty();
    }

    @Test
    void groupedAndDecimalCommaNumbers() {
        assertThat(single("key w weights { Deventer 45,9 }").hint()).isEqualTo("decimals are written with a point: 45.9");
        Diagnostic grouped = single("table t kind CNO {\n 2023-01-01\n Zwolle 1.596.163\n}");
        assertThat(grouped.span().text()).isEqualTo("1.596.163");
        assertThat(grouped.hint()).startsWith("1.596.163 is a Dutch grouped number: write 1596163 ");
        assertThat(single("quota q level { IJsselland 659,612 from 2023-01-01 }").hint()).startsWith("write 659612 ");
        assertThat(single("let x = 1.596.163 + 1").message()).as("one error, not one per piece")
                .isEqualTo("unexpected character '.' in 1.596.163");
    }

    @Test
    void aCommaWithASpaceIsAList() {
        assertThat(errors("let x = max(659,612)")).as("valid: a maximum of two numbers").isEmpty();
        assertThat(errors("quota q level { IJsselland 659, 612 from 2023-01-01 }"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.hint()).doesNotStartWith("write"));
    }

    @Test
    void aDateDayFirst() {
        Diagnostic error = single("report r {\n rows capacity\n columns 07-04-2022\n}");
        assertThat(error.span().text()).isEqualTo("07-04-2022");
        assertThat(error.hint()).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
        assertThat(single("quota q level { IJsselland 10 from 7/4/2022 }").hint())
                .isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
    }

    @Test
    void aDateDayFirstThatParsesAsASubtraction() {
        Diagnostic error = single("let x = capacity at 07-04-2022");
        assertThat(error.message()).contains("year 07");
        assertThat(error.hint()).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
    }

    private static Diagnostic single(String text) {
        List<Diagnostic> errors = errors(text);
        assertThat(errors).as("errors of %s", text).hasSize(1);
        return errors.get(0);
    }

    private static List<Diagnostic> errors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        ModelParser.parseFile(SourceFile.ofText("<test>", text), diagnostics);
        return diagnostics.sorted();
    }
}

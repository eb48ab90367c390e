package dev.caplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.Quantity;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which numbers written where places are counted read as Dutch thousands, and what a quota line
 * may be: anything without a key, whole with one.
 */
class WholeTest {

    @Test
    void threeDecimalsAfterOneToThreeDigitsAreAGroup() {
        assertThat(Whole.groupedReading("596.163")).isEqualTo("596163");
        assertThat(Whole.groupedReading("75.000")).isEqualTo("75000");
        assertThat(Whole.groupedReading("-1.500")).isEqualTo("-1500");
        assertThat(Whole.groupedReading("1.500..2.500")).isEqualTo("1500..2500");
        assertThat(Whole.groupedReading("1.500..2000")).isEqualTo("1500..2000");
        assertThat(Whole.groupedReading("1.500 ± 10%")).isEqualTo("1500 ± 10%");
    }

    @Test
    void otherDecimalsAreNoGroup() {
        assertThat(Whole.groupedReading("12.5")).isNull();
        assertThat(Whole.groupedReading("12.5000")).isNull();
        assertThat(Whole.groupedReading("0.500")).as("a group never starts with 0").isNull();
        assertThat(Whole.groupedReading("1500.500")).as("four digits before the point are no group").isNull();
        assertThat(Whole.groupedReading("1.500 ± 0.5")).as("the reading would keep a fraction").isNull();
        assertThat(Whole.groupedReading("1500")).isNull();
    }

    private static final Whole.Need KEYED = Whole.Need.apportioned("azc_places", "population");

    @Test
    void withoutAKeyDecimalsAndPercentagesAreReadAsWritten() {
        for (Quantity quantity : List.of(exact("98.5"), exact("596.163"), exact("0.500"), percent("5%", "0.05"))) {
            assertThat(diagnostics(Whole.Need.DECIMALS, quantity, true)).as(quantity.span().text()).isEmpty();
        }
    }

    @Test
    void withoutAKeyGroupedThousandsEndingInZerosAreAWarning() {
        Diagnostic warning = diagnostics(Whole.Need.DECIMALS, exact("75.500"), true).get(0);
        assertThat(warning.code()).isEqualTo(Code.THOUSANDS);
        assertThat(warning.isError()).isFalse();
        assertThat(warning.message()).isEqualTo("75.500 is read as 75.5");
        assertThat(warning.hint()).contains("write 75500, or 75.5 if that is meant");
    }

    @Test
    void withAKeyAFractionIsAnErrorThatSaysWhy() {
        Diagnostic error = diagnostics(KEYED, exact("98.5"), false).get(0);
        assertThat(error.code()).isEqualTo(Code.NOT_WHOLE);
        assertThat(error.hint()).isEqualTo(
                "the quota 'azc_places' is apportioned by key 'population', which divides whole numbers");
        assertThat(diagnostics(KEYED, percent("5%", "0.05"), false)).hasSize(1);
        assertThat(diagnostics(KEYED, exact("596.163"), false).get(0).hint()).startsWith("did you mean 596163? (the quota");
        assertThat(diagnostics(KEYED, exact("75.000"), true).get(0).code()).isEqualTo(Code.THOUSANDS);
        assertThat(diagnostics(KEYED, exact("61200"), true)).isEmpty();
    }

    @Test
    void withAKeyTheMiddleAndTheBoundsAreWhole() {
        Quantity halfMiddle = range("400..601", "500.5", "400", "601");
        assertThat(diagnostics(KEYED, halfMiddle, false).get(0).message())
                .isEqualTo("the middle of 400..601 is 500.5, not a whole number");
        Quantity fractionalBounds = range("451 ± 10%", "451", "405.9", "496.1");
        assertThat(diagnostics(KEYED, fractionalBounds, false).get(0).message())
                .isEqualTo("the bounds of 451 ± 10% are 405.9 and 496.1, not whole numbers");
        assertThat(diagnostics(KEYED, range("1000 ± 35%", "1000", "650", "1350"), true)).isEmpty();
    }

    private static List<Diagnostic> diagnostics(Whole.Need need, Quantity quantity, boolean accepted) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(need.check(quantity, diagnostics)).as("accepted: %s", quantity.span().text()).isEqualTo(accepted);
        return diagnostics.all();
    }

    private static Quantity exact(String text) {
        return new Quantity(new BigDecimal(text), false, false, span(text));
    }

    private static Quantity percent(String text, String value) {
        return new Quantity(new BigDecimal(value), false, true, span(text));
    }

    private static Quantity range(String text, String value, String low, String high) {
        return new Quantity(new BigDecimal(value), false, false, new BigDecimal(low), new BigDecimal(high), null,
                span(text));
    }

    private static Span span(String text) {
        return new Span(SourceFile.ofText("<test>", text), 0, text.length());
    }
}

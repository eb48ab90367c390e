package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The readings of numbers pasted from Dutch documents and spreadsheets. */
class PastedNumberTest {

    @Test
    void pointsBetweenGroupsOfThreeAreDutchThousands() {
        assertThat(PastedNumber.hint("1.596.163")).isEqualTo("1.596.163 is a Dutch grouped number: write 1596163 "
                + "(caplan writes numbers without grouping; use _ to group digits: 1_596_163)");
        assertThat(PastedNumber.hint("12.000.000")).startsWith("12.000.000 is a Dutch grouped number: write 12000000 ");
    }

    @Test
    void aCommaAfterPointGroupsStartsTheDecimals() {
        assertThat(PastedNumber.hint("75.500,5")).isEqualTo("75.500,5 is Dutch for 75500.5: write 75500.5 (decimals "
                + "are written with a point; caplan writes numbers without grouping; use _ to group digits: 75_500.5)");
        assertThat(PastedNumber.hint("1.596.163,25")).startsWith("1.596.163,25 is Dutch for 1596163.25: ");
    }

    @Test
    void commasBetweenGroupsOfThreeAreThousands() {
        assertThat(PastedNumber.hint("659,612"))
                .isEqualTo("write 659612 (caplan writes numbers without grouping; use _ to group digits: 659_612)");
        assertThat(PastedNumber.hint("1,234")).startsWith("write 1234 ");
        assertThat(PastedNumber.hint("1,234,567.5")).startsWith("write 1234567.5 ").endsWith("1_234_567.5)");
    }

    @Test
    void aCommaBeforeOtherThanThreeDigitsIsADecimalComma() {
        assertThat(PastedNumber.hint("98,5")).isEqualTo("decimals are written with a point: 98.5");
        assertThat(PastedNumber.hint("98,55")).isEqualTo("decimals are written with a point: 98.55");
        assertThat(PastedNumber.hint("0,4590")).isEqualTo("decimals are written with a point: 0.4590");
        // four digits before the comma cannot be a group of thousands
        assertThat(PastedNumber.hint("1234,567")).isEqualTo("decimals are written with a point: 1234.567");
    }

    @Test
    void otherTextIsNoneOfThese() {
        assertThat(PastedNumber.hint("596.163")).as("a valid decimal number").isNull();
        assertThat(PastedNumber.hint("1.5.163")).isNull();
        assertThat(PastedNumber.hint("1.5,163")).isNull();
        assertThat(PastedNumber.hint("100.")).isNull();
        assertThat(PastedNumber.hint("1,23,456")).isNull();
        assertThat(PastedNumber.hint("1,")).isNull();
    }
}

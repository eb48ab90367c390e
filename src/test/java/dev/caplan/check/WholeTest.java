package dev.caplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which numbers written where places are counted read as Dutch thousands. */
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
}

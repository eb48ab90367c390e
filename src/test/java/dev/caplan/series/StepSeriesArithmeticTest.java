package dev.caplan.series;

import static dev.caplan.series.StepSeriesConstructionTest.APR_1;
import static dev.caplan.series.StepSeriesConstructionTest.JAN_1;
import static dev.caplan.series.StepSeriesConstructionTest.JUL_1;
import static dev.caplan.series.StepSeriesConstructionTest.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class StepSeriesArithmeticTest {

    private static StepSeries constant(String value) {
        return StepSeries.constant(n(value));
    }

    /** 10 from Jan 1, 20 from Apr 1. */
    private final StepSeries tenThenTwenty =
            StepSeries.steps(new int[] {JAN_1, APR_1}, new BigDecimal[] {n("10"), n("20")});

    /** 0.5 from Feb 1 (a change day of its own), 2.25 from Apr 1 (shared). */
    private final StepSeries fractional = StepSeries.steps(new int[] {Days.BEGINNING, Days.of(2023, 2, 1), APR_1},
            new BigDecimal[] {n("1"), n("0.5"), n("2.25")});

    @Test
    void additionIsExactForDecimalFractions() {
        StepSeries total = constant("98.5").plus(constant("95")).plus(constant("20")).plus(constant("0.8"));

        assertThat(total.valueAt(JAN_1)).isEqualTo(n("214.3"));
        assertThat(total.scale()).isEqualTo(1);
        assertThat(constant("0.1").plus(constant("0.2"))).isEqualTo(constant("0.3"));
    }

    @Test
    void plusMergesChangePointsAndAlignsScales() {
        StepSeries sum = tenThenTwenty.plus(fractional);

        assertThat(sum.valueAt(JAN_1 - 1)).isEqualTo(n("1.00"));
        assertThat(sum.valueAt(JAN_1)).isEqualTo(n("11.00"));
        assertThat(sum.valueAt(Days.of(2023, 2, 1))).isEqualTo(n("10.50"));
        assertThat(sum.valueAt(APR_1)).isEqualTo(n("22.25"));
        assertThat(sum.changeDays()).containsExactly(JAN_1, Days.of(2023, 2, 1), APR_1);
        assertThat(sum.scale()).isEqualTo(2);
    }

    @Test
    void minusCancelsToZeroAndNormalises() {
        assertThat(tenThenTwenty.minus(tenThenTwenty)).isEqualTo(StepSeries.ZERO);
        StepSeries difference = tenThenTwenty.minus(constant("2.5"));
        assertThat(difference.valueAt(JAN_1 - 1)).isEqualTo(n("-2.5"));
        assertThat(difference.valueAt(APR_1)).isEqualTo(n("17.5"));
    }

    @Test
    void timesAddsScalesThenNormalises() {
        StepSeries product = fractional.times(constant("0.4"));

        // 1 × 0.4, 0.5 × 0.4, 2.25 × 0.4: scale 3 before normalising, 1 after
        assertThat(product.valueAt(JAN_1)).isEqualTo(n("0.4"));
        assertThat(product.valueAt(Days.of(2023, 2, 1))).isEqualTo(n("0.2"));
        assertThat(product.valueAt(APR_1)).isEqualTo(n("0.9"));
        assertThat(product.scale()).isEqualTo(1);
        assertThat(fractional.times(constant("0.3")).valueAt(APR_1)).isEqualTo(n("0.675"));
        assertThat(constant("2.5").times(constant("0.4"))).isEqualTo(constant("1"));
        assertThat(tenThenTwenty.times(StepSeries.ZERO)).isEqualTo(StepSeries.ZERO);
    }

    @Test
    void timesFindsTheSmallScaleWhenOnlyTrailingZerosOverflow() {
        StepSeries ratios = StepSeries.steps(new int[] {Days.BEGINNING, JAN_1, APR_1},
                new BigDecimal[] {n("1"), n("0.1234567891"), n("2")});
        StepSeries others = StepSeries.steps(new int[] {Days.BEGINNING, APR_1},
                new BigDecimal[] {n("1"), n("0.0000000003")});

        StepSeries product = ratios.times(others);

        assertThat(product.valueAt(Days.BEGINNING)).isEqualByComparingTo("1");
        assertThat(product.valueAt(JAN_1)).isEqualByComparingTo("0.1234567891");
        assertThat(product.valueAt(APR_1)).isEqualByComparingTo("0.0000000006");
        assertThat(product.scale()).isEqualTo(10);
        // twenty significant places really do not fit in a long
        assertThatThrownBy(() -> constant("0.3333333333").times(constant("0.3333333333")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
    }

    @Test
    void dividedByRoundsHalfEvenToAtLeastTenPlaces() {
        StepSeries third = constant("1").dividedBy(constant("3"));
        assertThat(third.valueAt(0)).isEqualTo(n("0.3333333333"));
        assertThat(constant("2").dividedBy(constant("3")).valueAt(0)).isEqualTo(n("0.6666666667"));
        assertThat(constant("10").dividedBy(constant("4"))).isEqualTo(constant("2.5"));
        // the scale follows the more precise operand: 12 places here
        StepSeries precise = constant("0.000000000001").dividedBy(constant("7"));
        assertThat(precise).isEqualTo(StepSeries.ZERO);
        assertThat(constant("1").dividedBy(constant("0.000000000008")).valueAt(0)).isEqualTo(n("125000000000"));
        assertThat(constant("0.000000000014").dividedBy(constant("4")).valueAt(0)).isEqualTo(n("0.000000000004"));
        // 142857142857.142857142857 needs 24 digits at 12 places
        assertThatThrownBy(() -> constant("1").dividedBy(constant("0.000000000007")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        // 0.00000000005 rounds half-even to 0.0000000000 at ten places
        assertThat(constant("0.0000000001").dividedBy(constant("2"))).isEqualTo(StepSeries.ZERO);
    }

    @Test
    void dividedByWorksSegmentBySegment() {
        StepSeries quotient = tenThenTwenty.dividedBy(fractional);

        assertThat(quotient.valueAt(JAN_1 - 1)).isEqualByComparingTo("0");
        assertThat(quotient.valueAt(JAN_1)).isEqualByComparingTo("10");
        assertThat(quotient.valueAt(Days.of(2023, 2, 1))).isEqualByComparingTo("20");
        assertThat(quotient.valueAt(APR_1)).isEqualByComparingTo("8.8888888889");
    }

    @Test
    void divisionByZeroNamesTheFirstDay() {
        StepSeries zeroFromApril = StepSeries.segment(Days.BEGINNING, APR_1, n("4"));
        assertThatThrownBy(() -> tenThenTwenty.dividedBy(zeroFromApril))
                .isInstanceOf(ArithmeticException.class).hasMessage("division by zero from 2023-04-01");
        assertThatThrownBy(() -> constant("1").dividedBy(tenThenTwenty))
                .isInstanceOf(ArithmeticException.class).hasMessage("division by zero from the beginning");
    }

    @Test
    void overflowIsDetectedNotWrapped() {
        StepSeries huge = StepSeries.constant(BigDecimal.valueOf(Long.MAX_VALUE));
        assertThatThrownBy(() -> huge.plus(constant("1")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThatThrownBy(() -> huge.plus(constant("0.5")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThatThrownBy(() -> huge.times(constant("2")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThatThrownBy(() -> huge.negate().minus(constant("2")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThatThrownBy(() -> StepSeries.constant(n("1E+19")))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
    }

    @Test
    void minAndMaxPickPerStretch() {
        StepSeries min = tenThenTwenty.min(constant("15.5"));
        StepSeries max = tenThenTwenty.max(constant("15.5"));

        assertThat(min.valueAt(JAN_1 - 1)).isEqualByComparingTo("0");
        assertThat(min.valueAt(JAN_1)).isEqualByComparingTo("10");
        assertThat(min.valueAt(APR_1)).isEqualByComparingTo("15.5");
        assertThat(max.valueAt(JAN_1 - 1)).isEqualByComparingTo("15.5");
        assertThat(max.valueAt(JAN_1)).isEqualByComparingTo("15.5");
        assertThat(max.valueAt(APR_1)).isEqualByComparingTo("20");
        assertThat(max.changeDays()).containsExactly(APR_1);
    }

    @Test
    void compareGivesOneWhereTheRelationHolds() {
        StepSeries fifteen = constant("15");
        StepSeries ten = constant("10.0");
        assertThat(tenThenTwenty.compare(fifteen, Comparison.GT))
                .isEqualTo(StepSeries.segment(APR_1, Days.END, BigDecimal.ONE));
        assertThat(tenThenTwenty.compare(fifteen, Comparison.LT))
                .isEqualTo(StepSeries.segment(Days.BEGINNING, APR_1, BigDecimal.ONE));
        assertThat(tenThenTwenty.compare(ten, Comparison.EQ))
                .isEqualTo(StepSeries.segment(JAN_1, APR_1, BigDecimal.ONE));
        assertThat(tenThenTwenty.compare(ten, Comparison.NE).valueAt(JAN_1)).isEqualTo(n("0"));
        assertThat(tenThenTwenty.compare(ten, Comparison.GE))
                .isEqualTo(StepSeries.segment(JAN_1, Days.END, BigDecimal.ONE));
        assertThat(tenThenTwenty.compare(ten, Comparison.LE))
                .isEqualTo(StepSeries.segment(Days.BEGINNING, APR_1, BigDecimal.ONE));
        assertThat(constant("0.1").compare(constant("0.10"), Comparison.EQ)).isEqualTo(constant("1"));
    }

    @Test
    void restrictKeepsOnlyTheInterval() {
        StepSeries restricted = tenThenTwenty.restrict(Days.of(2023, 3, 1), JUL_1);

        assertThat(restricted.valueAt(Days.of(2023, 2, 28))).isEqualByComparingTo("0");
        assertThat(restricted.valueAt(Days.of(2023, 3, 1))).isEqualByComparingTo("10");
        assertThat(restricted.valueAt(APR_1)).isEqualByComparingTo("20");
        assertThat(restricted.valueAt(JUL_1)).isEqualByComparingTo("0");
        assertThat(restricted.changeDays()).containsExactly(Days.of(2023, 3, 1), APR_1, JUL_1);
        assertThat(fractional.restrict(Days.BEGINNING, Days.END)).isEqualTo(fractional);
        assertThat(fractional.restrict(Days.BEGINNING, JAN_1).valueAt(Days.BEGINNING)).isEqualByComparingTo("1");
        assertThat(fractional.restrict(JAN_1, JAN_1)).isEqualTo(StepSeries.ZERO);
    }

    @Test
    void negateAbsAndMap() {
        StepSeries negative = fractional.negate();
        assertThat(negative.valueAt(APR_1)).isEqualTo(n("-2.25"));
        assertThat(negative.negate()).isEqualTo(fractional);
        assertThat(negative.abs()).isEqualTo(fractional);
        assertThat(fractional.abs()).isEqualTo(fractional);
        StepSeries rounded = fractional.map(v -> v.setScale(0, RoundingMode.HALF_UP));
        assertThat(rounded).isEqualTo(StepSeries.steps(new int[] {APR_1}, new BigDecimal[] {n("2")})
                .plus(StepSeries.segment(Days.BEGINNING, APR_1, n("1"))));
        assertThat(rounded.changeDays()).containsExactly(APR_1);
    }

    @Test
    void operandsAreNotChanged() {
        StepSeries before = StepSeries.steps(new int[] {JAN_1, APR_1}, new BigDecimal[] {n("10"), n("20")});
        tenThenTwenty.plus(fractional).times(fractional).restrict(JAN_1, APR_1).negate();
        assertThat(tenThenTwenty).isEqualTo(before);
    }
}

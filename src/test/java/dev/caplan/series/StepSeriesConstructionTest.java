package dev.caplan.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.time.Days;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StepSeriesConstructionTest {

    static final int JAN_1 = Days.of(2023, 1, 1);
    static final int APR_1 = Days.of(2023, 4, 1);
    static final int JUL_1 = Days.of(2023, 7, 1);

    static BigDecimal n(String text) {
        return new BigDecimal(text);
    }

    @Test
    void zeroIsZeroEverywhere() {
        assertThat(StepSeries.ZERO.isZero()).isTrue();
        assertThat(StepSeries.ZERO.isConstant()).isTrue();
        assertThat(StepSeries.ZERO.valueAt(JAN_1)).isEqualByComparingTo("0");
        assertThat(StepSeries.ZERO.changeDays()).isEmpty();
        assertThat(StepSeries.ZERO.size()).isEqualTo(1);
        assertThat(StepSeries.ZERO.startAt(0)).isEqualTo(Days.BEGINNING);
    }

    @Test
    void constantHoldsOnEveryDayIncludingTheSentinels() {
        StepSeries series = StepSeries.constant(n("12.50"));

        assertThat(series.isConstant()).isTrue();
        assertThat(series.isZero()).isFalse();
        assertThat(series.scale()).isEqualTo(1);
        assertThat(series.unscaledAt(0)).isEqualTo(125);
        assertThat(series.valueAt(Days.BEGINNING)).isEqualTo(n("12.5"));
        assertThat(series.valueAt(Days.END)).isEqualTo(n("12.5"));
        assertThat(StepSeries.constant(n("0.00"))).isEqualTo(StepSeries.ZERO);
        assertThat(StepSeries.constant(n("1E+3")).scale()).isZero();
        assertThat(StepSeries.constant(n("1E+3")).valueAt(0)).isEqualTo(n("1000"));
    }

    @Test
    void segmentIsZeroOutsideItsHalfOpenInterval() {
        StepSeries series = StepSeries.segment(JAN_1, APR_1, n("550"));

        assertThat(series.valueAt(JAN_1 - 1)).isEqualTo(n("0"));
        assertThat(series.valueAt(JAN_1)).isEqualTo(n("550"));
        assertThat(series.valueAt(APR_1 - 1)).isEqualTo(n("550"));
        assertThat(series.valueAt(APR_1)).isEqualTo(n("0"));
        assertThat(series.changeDays()).containsExactly(JAN_1, APR_1);
        assertThat(series.changeCount()).isEqualTo(2);
    }

    @Test
    void segmentWithOpenEnds() {
        assertThat(StepSeries.segment(Days.BEGINNING, APR_1, n("3")).changeDays()).containsExactly(APR_1);
        assertThat(StepSeries.segment(Days.BEGINNING, APR_1, n("3")).valueAt(Days.BEGINNING)).isEqualTo(n("3"));
        assertThat(StepSeries.segment(JAN_1, Days.END, n("3")).changeDays()).containsExactly(JAN_1);
        assertThat(StepSeries.segment(JAN_1, Days.END, n("3")).valueAt(Days.END)).isEqualTo(n("3"));
        assertThat(StepSeries.segment(Days.BEGINNING, Days.END, n("3"))).isEqualTo(StepSeries.constant(n("3")));
        assertThat(StepSeries.segment(JAN_1, JAN_1, n("3"))).isEqualTo(StepSeries.ZERO);
        assertThat(StepSeries.segment(JAN_1, APR_1, n("0"))).isEqualTo(StepSeries.ZERO);
        assertThatThrownBy(() -> StepSeries.segment(APR_1, JAN_1, n("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-04-01");
    }

    @Test
    void stepsHoldUntilTheNextDayAndTheLastForever() {
        StepSeries series = StepSeries.steps(new int[] {JAN_1, APR_1, JUL_1},
                new BigDecimal[] {n("550"), n("650"), n("600.5")});

        assertThat(series.valueAt(JAN_1 - 1)).isEqualByComparingTo("0");
        assertThat(series.valueAt(JAN_1)).isEqualByComparingTo("550");
        assertThat(series.valueAt(APR_1 - 1)).isEqualByComparingTo("550");
        assertThat(series.valueAt(APR_1)).isEqualByComparingTo("650");
        assertThat(series.valueAt(APR_1 + 1)).isEqualByComparingTo("650");
        assertThat(series.valueAt(JUL_1)).isEqualByComparingTo("600.5");
        assertThat(series.valueAt(Days.END)).isEqualByComparingTo("600.5");
        assertThat(series.scale()).isEqualTo(1);
        assertThat(series.unscaledAt(1)).isEqualTo(5500);
        assertThat(series.segmentValue(3)).isEqualTo(n("600.5"));
    }

    @Test
    void stepsMayStartAtTheBeginningOfTime() {
        StepSeries series = StepSeries.steps(new int[] {Days.BEGINNING, JAN_1}, new BigDecimal[] {n("1"), n("2")});
        assertThat(series.valueAt(Days.BEGINNING)).isEqualTo(n("1"));
        assertThat(series.changeDays()).containsExactly(JAN_1);
        assertThat(StepSeries.steps(new int[0], new BigDecimal[0])).isEqualTo(StepSeries.ZERO);
    }

    @Test
    void stepsRejectBadInput() {
        assertThatThrownBy(() -> StepSeries.steps(new int[] {APR_1, JAN_1}, new BigDecimal[] {n("1"), n("2")}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increase");
        assertThatThrownBy(() -> StepSeries.steps(new int[] {JAN_1, JAN_1}, new BigDecimal[] {n("1"), n("2")}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepSeries.steps(new int[] {JAN_1}, new BigDecimal[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepSeries.steps(new int[] {Days.END}, new BigDecimal[] {n("1")}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisationMergesEqualNeighboursAndStripsScale() {
        StepSeries series = StepSeries.steps(new int[] {JAN_1, APR_1, JUL_1},
                new BigDecimal[] {n("5.00"), n("5.0"), n("7.10")});

        assertThat(series.changeDays()).containsExactly(JAN_1, JUL_1);
        assertThat(series.scale()).isEqualTo(1);
        assertThat(series.unscaledAt(1)).isEqualTo(50);
        assertThat(series.unscaledAt(2)).isEqualTo(71);
        assertThat(StepSeries.steps(new int[] {JAN_1}, new BigDecimal[] {n("0")})).isEqualTo(StepSeries.ZERO);
    }

    @Test
    void equalSeriesBuiltDifferentlyAreEqual() {
        StepSeries a = StepSeries.steps(new int[] {JAN_1, APR_1}, new BigDecimal[] {n("1.50"), n("0")});
        StepSeries b = StepSeries.segment(JAN_1, APR_1, n("1.5"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(StepSeries.segment(JAN_1, APR_1, n("1.6")));
        assertThat(a).isNotEqualTo(StepSeries.segment(JAN_1, APR_1 + 1, n("1.5")));
    }

    @Test
    void changeDaysIsADefensiveCopy() {
        StepSeries series = StepSeries.segment(JAN_1, APR_1, n("1"));
        series.changeDays()[0] = 0;
        assertThat(series.changeDays()).containsExactly(JAN_1, APR_1);
    }

    @Test
    void toStringShowsChangePoints() {
        StepSeries series = StepSeries.steps(new int[] {JAN_1, APR_1}, new BigDecimal[] {n("550"), n("650")});
        assertThat(series).hasToString("StepSeries[…:0, 2023-01-01:550, 2023-04-01:650]");
        assertThat(StepSeries.constant(n("0.25"))).hasToString("StepSeries[…:0.25]");
    }

    @Test
    void valueAtBeforeAndAfterEveryChangePointOfALongSeries() {
        int count = 1000;
        int[] days = new int[count];
        BigDecimal[] values = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            days[i] = JAN_1 + 3 * i;
            values[i] = BigDecimal.valueOf(i + 1);
        }
        StepSeries series = StepSeries.steps(days, values);
        for (int i = 0; i < count; i++) {
            assertThat(series.valueAt(days[i] - 1)).isEqualTo(BigDecimal.valueOf(i));
            assertThat(series.valueAt(days[i])).isEqualTo(BigDecimal.valueOf(i + 1));
        }
    }
}

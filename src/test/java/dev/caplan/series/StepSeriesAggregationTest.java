package dev.caplan.series;

import static dev.caplan.series.StepSeriesConstructionTest.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.time.Days;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StepSeriesAggregationTest {

    private static final int JAN_1 = Days.of(2023, 1, 1);
    private static final int JAN_11 = Days.of(2023, 1, 11);
    private static final int JAN_21 = Days.of(2023, 1, 21);
    private static final int FEB_1 = Days.of(2023, 2, 1);

    /** 4 before Jan 11 (from the beginning of time), 10 until Jan 21, 7.5 forever after. */
    private final StepSeries series = StepSeries.steps(new int[] {Days.BEGINNING, JAN_11, JAN_21},
            new BigDecimal[] {n("4"), n("10"), n("7.5")});

    private BigDecimal january(Aggregation aggregation) {
        return series.aggregate(aggregation, JAN_1, FEB_1);
    }

    @Test
    void startAndEndReadTheFirstAndLastDay() {
        assertThat(january(Aggregation.START)).isEqualByComparingTo("4");
        assertThat(january(Aggregation.END)).isEqualByComparingTo("7.5");
        assertThat(series.aggregate(Aggregation.END, JAN_1, JAN_21)).isEqualByComparingTo("10");
        assertThat(series.aggregate(Aggregation.START, JAN_11, JAN_21)).isEqualByComparingTo("10");
    }

    @Test
    void minAndMaxLookOnlyAtDaysInside() {
        assertThat(january(Aggregation.MIN)).isEqualByComparingTo("4");
        assertThat(january(Aggregation.MAX)).isEqualByComparingTo("10");
        assertThat(series.aggregate(Aggregation.MAX, JAN_21, FEB_1)).isEqualByComparingTo("7.5");
        assertThat(series.aggregate(Aggregation.MIN, JAN_11, FEB_1)).isEqualByComparingTo("7.5");
        assertThat(series.aggregate(Aggregation.MAX, JAN_1, JAN_11)).isEqualByComparingTo("4");
        assertThat(series.aggregate(Aggregation.MIN, JAN_1, JAN_11 + 1)).isEqualByComparingTo("4");
        assertThat(series.aggregate(Aggregation.MAX, JAN_1, JAN_11 + 1)).isEqualByComparingTo("10");
    }

    @Test
    void sumOfDaysWeighsEachValueByItsDays() {
        // 10 days × 4 + 10 days × 10 + 11 days × 7.5 = 40 + 100 + 82.5
        assertThat(january(Aggregation.SUM_OF_DAYS)).isEqualByComparingTo("222.5");
        assertThat(series.aggregate(Aggregation.SUM_OF_DAYS, JAN_11 + 5, JAN_21 + 2))
                .isEqualByComparingTo("65");
    }

    @Test
    void averageIsDayWeightedAndExactlyRounded() {
        // 222.5 / 31 = 7.17741935483870967...
        assertThat(january(Aggregation.AVERAGE)).isEqualTo(n("7.1774193548"));
        assertThat(series.aggregate(Aggregation.AVERAGE, JAN_11, JAN_21)).isEqualTo(n("10"));
        assertThat(series.aggregate(Aggregation.AVERAGE, JAN_11 + 5, JAN_21 + 5)).isEqualTo(n("8.75"));
        assertThat(StepSeries.constant(n("300")).aggregate(Aggregation.AVERAGE, JAN_1, FEB_1).toPlainString())
                .isEqualTo("300");
    }

    @Test
    void aggregatesOfASingleDay() {
        for (Aggregation aggregation : Aggregation.values()) {
            assertThat(series.aggregate(aggregation, JAN_21, JAN_21 + 1)).isEqualByComparingTo("7.5");
        }
    }

    @Test
    void intervalsTouchingTheOpenEndedSegments() {
        int farPast = Days.of(1000, 1, 1);
        int farFuture = Days.of(9999, 1, 1);
        assertThat(series.aggregate(Aggregation.START, Days.BEGINNING, FEB_1)).isEqualByComparingTo("4");
        assertThat(series.aggregate(Aggregation.END, JAN_1, Days.END)).isEqualByComparingTo("7.5");
        assertThat(series.aggregate(Aggregation.MIN, Days.BEGINNING, Days.END)).isEqualByComparingTo("4");
        assertThat(series.aggregate(Aggregation.MAX, JAN_21, Days.END)).isEqualByComparingTo("7.5");
        assertThat(series.aggregate(Aggregation.SUM_OF_DAYS, farPast, JAN_11))
                .isEqualByComparingTo(BigDecimal.valueOf(4L * (JAN_11 - farPast)));
        assertThat(series.aggregate(Aggregation.SUM_OF_DAYS, JAN_21, farFuture))
                .isEqualByComparingTo(n("7.5").multiply(BigDecimal.valueOf(farFuture - JAN_21)));
    }

    @Test
    void sumOfDaysDoesNotOverflowForLargeValues() {
        StepSeries large = StepSeries.constant(BigDecimal.valueOf(Long.MAX_VALUE));
        assertThat(large.aggregate(Aggregation.SUM_OF_DAYS, JAN_1, FEB_1))
                .isEqualByComparingTo(BigDecimal.valueOf(Long.MAX_VALUE).multiply(BigDecimal.valueOf(31)));
        assertThat(large.aggregate(Aggregation.AVERAGE, JAN_1, FEB_1))
                .isEqualByComparingTo(BigDecimal.valueOf(Long.MAX_VALUE));
    }

    @Test
    void rejectsEmptyAndEndlessIntervals() {
        assertThatThrownBy(() -> series.aggregate(Aggregation.START, FEB_1, FEB_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty interval");
        assertThatThrownBy(() -> series.aggregate(Aggregation.MAX, FEB_1, JAN_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series.aggregate(Aggregation.AVERAGE, Days.BEGINNING, FEB_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endless");
        assertThatThrownBy(() -> series.aggregate(Aggregation.SUM_OF_DAYS, JAN_1, Days.END))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endless");
    }
}

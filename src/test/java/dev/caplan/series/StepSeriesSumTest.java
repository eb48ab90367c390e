package dev.caplan.series;

import static dev.caplan.series.StepSeriesConstructionTest.n;
import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StepSeriesSumTest {

    private static final int JAN_1 = Days.of(2023, 1, 1);

    /** A series with up to 12 random change days in 2023 and values with 0 to 3 decimal places. */
    private static StepSeries randomSeries(Random random) {
        int changes = random.nextInt(13);
        int[] days = random.ints(changes, JAN_1 - 30, JAN_1 + 395).sorted().distinct().toArray();
        BigDecimal[] values = new BigDecimal[days.length];
        for (int i = 0; i < days.length; i++) {
            values[i] = BigDecimal.valueOf(random.nextInt(200_001) - 100_000, random.nextInt(4));
        }
        StepSeries steps = StepSeries.steps(days, values);
        return random.nextBoolean() ? steps : steps.plus(StepSeries.constant(BigDecimal.valueOf(random.nextInt(50))));
    }

    @Test
    void sumOfManyRandomSeriesEqualsPairwiseAddition() {
        Random random = new Random(20230101L);
        List<StepSeries> parts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            parts.add(randomSeries(random));
        }
        StepSeries pairwise = StepSeries.ZERO;
        for (StepSeries part : parts) {
            pairwise = pairwise.plus(part);
        }

        StepSeries summed = StepSeries.sum(parts);

        assertThat(summed).isEqualTo(pairwise);
        assertThat(summed.changeCount()).isGreaterThan(100);
        for (int day = JAN_1 - 40; day < JAN_1 + 400; day += 7) {
            BigDecimal expected = BigDecimal.ZERO;
            for (StepSeries part : parts) {
                expected = expected.add(part.valueAt(day));
            }
            assertThat(summed.valueAt(day)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void sumOfNothingIsZeroAndOfOneIsItself() {
        assertThat(StepSeries.sum(List.of())).isEqualTo(StepSeries.ZERO);
        StepSeries single = StepSeries.segment(JAN_1, JAN_1 + 10, n("2.5"));
        assertThat(StepSeries.sum(List.of(single))).isEqualTo(single);
    }

    @Test
    void sumIsExactAndCancelsAwayChangePoints() {
        List<StepSeries> parts = List.of(StepSeries.constant(n("98.5")), StepSeries.constant(n("95")),
                StepSeries.constant(n("20")), StepSeries.constant(n("0.8")));
        assertThat(StepSeries.sum(parts).valueAt(JAN_1)).isEqualTo(n("214.3"));

        StepSeries up = StepSeries.segment(JAN_1, Days.END, n("5"));
        StepSeries down = StepSeries.segment(JAN_1, Days.END, n("-5"));
        assertThat(StepSeries.sum(List.of(up, down, StepSeries.constant(n("1.0")))))
                .isEqualTo(StepSeries.constant(n("1")));
    }

    @Test
    void sumOfTenThousandLocations() {
        List<StepSeries> locations = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int opens = JAN_1 + i % 365;
            locations.add(StepSeries.segment(opens, opens + 100, BigDecimal.valueOf(i % 7 + 1, 1)));
        }

        StepSeries national = StepSeries.sum(locations);

        BigDecimal expectedJuly1 = BigDecimal.ZERO;
        int july1 = Days.of(2023, 7, 1);
        for (int i = 0; i < 10_000; i++) {
            int opens = JAN_1 + i % 365;
            if (opens <= july1 && july1 < opens + 100) {
                expectedJuly1 = expectedJuly1.add(BigDecimal.valueOf(i % 7 + 1, 1));
            }
        }
        assertThat(national.valueAt(july1)).isEqualByComparingTo(expectedJuly1);
        assertThat(national.valueAt(JAN_1 - 1)).isEqualByComparingTo("0");
        assertThat(national.valueAt(JAN_1 + 500)).isEqualByComparingTo("0");
        assertThat(national.changeCount()).isLessThanOrEqualTo(2 * 365);
        assertThat(national.aggregate(Aggregation.SUM_OF_DAYS, JAN_1 - 1, JAN_1 + 500))
                .isEqualByComparingTo(locations.stream().map(s -> s.segmentValue(1))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(BigDecimal.valueOf(100)));
    }
}

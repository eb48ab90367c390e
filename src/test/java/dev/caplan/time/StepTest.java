package dev.caplan.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void keywordsRoundTrip() {
        for (Step step : Step.values()) {
            assertThat(Step.fromKeyword(step.keyword())).contains(step);
        }
        assertThat(Step.fromKeyword("half-yearly")).contains(Step.HALF_YEARLY);
        assertThat(Step.fromKeyword("weekly")).contains(Step.WEEKLY);
        assertThat(Step.fromKeyword("week")).isEmpty();
        assertThat(Step.fromKeyword("Monthly")).isEmpty();
        assertThat(Step.fromKeyword(null)).isEmpty();
    }

    @Test
    void eachStepWalksItsPeriodKind() {
        assertThat(Step.DAILY.periodKind()).isEqualTo(PeriodKind.DAY);
        assertThat(Step.WEEKLY.periodKind()).isEqualTo(PeriodKind.WEEK);
        assertThat(Step.MONTHLY.periodKind()).isEqualTo(PeriodKind.MONTH);
        assertThat(Step.QUARTERLY.periodKind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(Step.HALF_YEARLY.periodKind()).isEqualTo(PeriodKind.HALF_YEAR);
        assertThat(Step.YEARLY.periodKind()).isEqualTo(PeriodKind.YEAR);
    }

    @Test
    void advanceMovesOneStep() {
        int day = Days.of(2023, 1, 15);
        assertThat(Step.DAILY.advance(day)).isEqualTo(Days.of(2023, 1, 16));
        assertThat(Step.WEEKLY.advance(day)).isEqualTo(Days.of(2023, 1, 22));
        assertThat(Step.WEEKLY.advance(Days.of(2022, 12, 28), 2)).isEqualTo(Days.of(2023, 1, 11));
        assertThat(Step.MONTHLY.advance(day)).isEqualTo(Days.of(2023, 2, 15));
        assertThat(Step.QUARTERLY.advance(day)).isEqualTo(Days.of(2023, 4, 15));
        assertThat(Step.HALF_YEARLY.advance(day)).isEqualTo(Days.of(2023, 7, 15));
        assertThat(Step.YEARLY.advance(day)).isEqualTo(Days.of(2024, 1, 15));
    }

    @Test
    void advanceClampsMonthEndsLikeLocalDate() {
        assertThat(Step.MONTHLY.advance(Days.of(2023, 1, 31))).isEqualTo(Days.of(2023, 2, 28));
        assertThat(Step.QUARTERLY.advance(Days.of(2023, 11, 30))).isEqualTo(Days.of(2024, 2, 29));
        assertThat(Step.YEARLY.advance(Days.of(2024, 2, 29))).isEqualTo(Days.of(2025, 2, 28));
        assertThat(Step.MONTHLY.advance(Days.of(2023, 1, 31), 2)).isEqualTo(Days.of(2023, 3, 31));
    }
}

package dev.caplan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangesTest {

    private static List<String> formatted(int[] days) {
        return Arrays.stream(days).mapToObj(Days::format).toList();
    }

    private static Period period(String text) {
        return PeriodParser.parse(text).period();
    }

    @Test
    void monthlyDatesIncludeBothEnds() {
        int[] dates = Ranges.dates(Days.of(2022, 12, 1), Days.of(2023, 7, 1), Step.MONTHLY);

        assertThat(dates).hasSize(8);
        assertThat(formatted(dates)).containsExactly("2022-12-01", "2023-01-01", "2023-02-01", "2023-03-01",
                "2023-04-01", "2023-05-01", "2023-06-01", "2023-07-01");
    }

    @Test
    void monthlyDatesClampMonthEndsWithoutDrifting() {
        int[] dates = Ranges.dates(Days.of(2023, 1, 31), Days.of(2023, 5, 31), Step.MONTHLY);

        assertThat(formatted(dates))
                .containsExactly("2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30", "2023-05-31");
    }

    @Test
    void lastDateIsOnlyIncludedWhenReached() {
        int[] dates = Ranges.dates(Days.of(2023, 1, 1), Days.of(2023, 12, 31), Step.QUARTERLY);
        assertThat(formatted(dates)).containsExactly("2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01");
    }

    @Test
    void dailyAndDegenerateRanges() {
        int first = Days.of(2023, 2, 27);
        assertThat(formatted(Ranges.dates(first, Days.of(2023, 3, 1), Step.DAILY)))
                .containsExactly("2023-02-27", "2023-02-28", "2023-03-01");
        assertThat(Ranges.dates(first, first, Step.YEARLY)).containsExactly(first);
        assertThat(Ranges.dates(first, first - 1, Step.DAILY)).isEmpty();
    }

    @Test
    void datesRejectAbsurdSizes() {
        int first = Days.of(1000, 1, 1);
        assertThatThrownBy(() -> Ranges.dates(first, Days.of(9999, 12, 31), Step.DAILY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 100000 dates")
                .hasMessageContaining("daily range from 1000-01-01 to 9999-12-31");
        int exactlyMax = Ranges.MAX_ELEMENTS - 1;
        assertThat(Ranges.dates(first, first + exactlyMax, Step.DAILY)).hasSize(Ranges.MAX_ELEMENTS);
        assertThatThrownBy(() -> Ranges.dates(first, first + exactlyMax + 1, Step.DAILY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quarterlyPeriodsStartFromTheQuarterContainingTheFirst() {
        List<Period> quarters = Ranges.periods(period("2023-02"), period("2023-11-15"), Step.QUARTERLY);

        assertThat(quarters).extracting(Period::label)
                .containsExactly("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4");
        assertThat(quarters).allMatch(p -> p.kind() == PeriodKind.QUARTER);
    }

    @Test
    void periodsOfOtherKinds() {
        // The last period is the one containing the START of lastInclusive, so 2024-H1 ends at 2024-01.
        assertThat(Ranges.periods(period("2023"), period("2024-H1"), Step.MONTHLY)).hasSize(13)
                .last().extracting(Period::label).isEqualTo("2024-01");
        assertThat(Ranges.periods(period("2023-Q3"), period("2025"), Step.HALF_YEARLY))
                .extracting(Period::label).containsExactly("2023-H2", "2024-H1", "2024-H2", "2025-H1");
        assertThat(Ranges.periods(period("2023-12-30"), period("2024-01-02"), Step.DAILY))
                .extracting(Period::label)
                .containsExactly("2023-12-30", "2023-12-31", "2024-01-01", "2024-01-02");
        assertThat(Ranges.periods(period("2025"), period("2023"), Step.YEARLY)).isEmpty();
    }

    @Test
    void weeklyDatesKeepTheWeekdayOfTheFirst() {
        // A stepped range of dates steps from its first date: 1 June 2022 is a Wednesday.
        assertThat(formatted(Ranges.dates(Days.of(2022, 6, 1), Days.of(2022, 6, 30), Step.WEEKLY)))
                .containsExactly("2022-06-01", "2022-06-08", "2022-06-15", "2022-06-22", "2022-06-29");
    }

    @Test
    void weeksCrossYearsAndCoverOtherPeriods() {
        assertThat(Ranges.periods(period("2020-W52"), period("2021-W02"), Step.WEEKLY)).extracting(Period::label)
                .containsExactly("2020-W52", "2020-W53", "2021-W01", "2021-W02");
        // From the week holding 1 June to the week holding 30 June.
        assertThat(Ranges.periods(period("2022-06-01"), period("2022-06-30"), Step.WEEKLY)).extracting(Period::label)
                .containsExactly("2022-W22", "2022-W23", "2022-W24", "2022-W25", "2022-W26");
        assertThat(Ranges.periods(period("2021-W50"), period("2022-W03"), Step.MONTHLY)).extracting(Period::label)
                .containsExactly("2021-12", "2022-01");
    }

    @Test
    void periodsRejectAbsurdSizes() {
        assertThatThrownBy(() -> Ranges.periods(period("1000"), period("9999"), Step.DAILY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 100000 periods");
    }
}

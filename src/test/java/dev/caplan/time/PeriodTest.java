package dev.caplan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void containingFindsTheCalendarAlignedPeriod() {
        int day = Days.of(2023, 5, 17);
        assertThat(Period.containing(PeriodKind.DAY, day))
                .isEqualTo(new Period(PeriodKind.DAY, day, day + 1));
        assertThat(Period.containing(PeriodKind.MONTH, day))
                .isEqualTo(new Period(PeriodKind.MONTH, Days.of(2023, 5, 1), Days.of(2023, 6, 1)));
        assertThat(Period.containing(PeriodKind.QUARTER, day))
                .isEqualTo(new Period(PeriodKind.QUARTER, Days.of(2023, 4, 1), Days.of(2023, 7, 1)));
        assertThat(Period.containing(PeriodKind.HALF_YEAR, day))
                .isEqualTo(new Period(PeriodKind.HALF_YEAR, Days.of(2023, 1, 1), Days.of(2023, 7, 1)));
        assertThat(Period.containing(PeriodKind.YEAR, day))
                .isEqualTo(new Period(PeriodKind.YEAR, Days.of(2023, 1, 1), Days.of(2024, 1, 1)));
    }

    @Test
    void containingAtBoundaries() {
        assertThat(Period.containing(PeriodKind.QUARTER, Days.of(2023, 3, 31)).label()).isEqualTo("2023-Q1");
        assertThat(Period.containing(PeriodKind.QUARTER, Days.of(2023, 4, 1)).label()).isEqualTo("2023-Q2");
        assertThat(Period.containing(PeriodKind.HALF_YEAR, Days.of(2023, 6, 30)).label()).isEqualTo("2023-H1");
        assertThat(Period.containing(PeriodKind.HALF_YEAR, Days.of(2023, 7, 1)).label()).isEqualTo("2023-H2");
        assertThat(Period.containing(PeriodKind.YEAR, Days.of(2023, 12, 31)).label()).isEqualTo("2023");
        assertThat(Period.containing(PeriodKind.MONTH, Days.of(2024, 1, 1)).label()).isEqualTo("2024-01");
        assertThat(Period.containing(PeriodKind.MONTH, Days.of(2023, 12, 31)).label()).isEqualTo("2023-12");
    }

    @Test
    void containingRejectsSentinels() {
        assertThatThrownBy(() -> Period.containing(PeriodKind.MONTH, Days.BEGINNING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreCanonical() {
        int day = Days.of(2023, 10, 9);
        assertThat(Period.containing(PeriodKind.DAY, day).label()).isEqualTo("2023-10-09");
        assertThat(Period.containing(PeriodKind.MONTH, day).label()).isEqualTo("2023-10");
        assertThat(Period.containing(PeriodKind.QUARTER, day).label()).isEqualTo("2023-Q4");
        assertThat(Period.containing(PeriodKind.HALF_YEAR, day).label()).isEqualTo("2023-H2");
        assertThat(Period.containing(PeriodKind.YEAR, day).label()).isEqualTo("2023");
        assertThat(Period.containing(PeriodKind.QUARTER, day)).hasToString("2023-Q4");
    }

    @Test
    void nextCrossesYearBoundaries() {
        Period december = Period.containing(PeriodKind.MONTH, Days.of(2023, 12, 5));
        assertThat(december.next().label()).isEqualTo("2024-01");
        assertThat(Period.containing(PeriodKind.QUARTER, Days.of(2023, 11, 1)).next().label()).isEqualTo("2024-Q1");
        assertThat(Period.containing(PeriodKind.HALF_YEAR, Days.of(2023, 8, 1)).next().label()).isEqualTo("2024-H1");
        assertThat(Period.containing(PeriodKind.YEAR, Days.of(2023, 8, 1)).next().label()).isEqualTo("2024");
        assertThat(Period.containing(PeriodKind.DAY, Days.of(2023, 12, 31)).next().label()).isEqualTo("2024-01-01");
        assertThat(december.next().start()).isEqualTo(december.end());
    }

    @Test
    void containsIsHalfOpen() {
        Period january = Period.containing(PeriodKind.MONTH, Days.of(2023, 1, 1));
        assertThat(january.contains(Days.of(2022, 12, 31))).isFalse();
        assertThat(january.contains(Days.of(2023, 1, 1))).isTrue();
        assertThat(january.contains(Days.of(2023, 1, 31))).isTrue();
        assertThat(january.contains(Days.of(2023, 2, 1))).isFalse();
    }

    @Test
    void lengthInDaysFollowsTheCalendar() {
        assertThat(Period.containing(PeriodKind.MONTH, Days.of(2023, 2, 1)).lengthInDays()).isEqualTo(28);
        assertThat(Period.containing(PeriodKind.MONTH, Days.of(2024, 2, 1)).lengthInDays()).isEqualTo(29);
        assertThat(Period.containing(PeriodKind.QUARTER, Days.of(2023, 1, 1)).lengthInDays()).isEqualTo(90);
        assertThat(Period.containing(PeriodKind.HALF_YEAR, Days.of(2023, 7, 1)).lengthInDays()).isEqualTo(184);
        assertThat(Period.containing(PeriodKind.YEAR, Days.of(2024, 1, 1)).lengthInDays()).isEqualTo(366);
        assertThat(Period.containing(PeriodKind.DAY, Days.of(2024, 1, 1)).lengthInDays()).isEqualTo(1);
    }

    @Test
    void constructorRejectsMisalignedPeriods() {
        assertThatThrownBy(() -> new Period(PeriodKind.MONTH, Days.of(2023, 1, 15), Days.of(2023, 2, 15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023-01-15 is not the first day of a month");
        assertThatThrownBy(() -> new Period(PeriodKind.QUARTER, Days.of(2023, 2, 1), Days.of(2023, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(PeriodKind.MONTH, Days.of(2023, 1, 1), Days.of(2023, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before 2023-02-01");
        assertThatThrownBy(() -> new Period(null, 0, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void weeksRunMondayToSunday() {
        Period week = Period.containing(PeriodKind.WEEK, Days.of(2022, 6, 9)); // a Thursday
        assertThat(week).isEqualTo(new Period(PeriodKind.WEEK, Days.of(2022, 6, 6), Days.of(2022, 6, 13)));
        assertThat(week.label()).isEqualTo("2022-W23");
        assertThat(week.lengthInDays()).isEqualTo(7);
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2022, 6, 6))).isEqualTo(week);
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2022, 6, 12))).isEqualTo(week);
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2022, 6, 13))).isEqualTo(week.next());
    }

    @Test
    void weeksAreLabelledByTheirIsoWeekYear() {
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2021, 1, 4)).label()).isEqualTo("2021-W01");
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2021, 1, 3)).label()).isEqualTo("2020-W53");
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2022, 1, 1)).label()).isEqualTo("2021-W52");
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2024, 12, 30)).label()).isEqualTo("2025-W01");
        assertThat(Period.containing(PeriodKind.WEEK, Days.of(2023, 1, 9)).label()).isEqualTo("2023-W02");
    }

    @Test
    void nextAndPreviousWeeksCrossYearBoundaries() {
        Period w53 = Period.containing(PeriodKind.WEEK, Days.of(2020, 12, 31));
        assertThat(w53.label()).isEqualTo("2020-W53");
        assertThat(w53.next().label()).isEqualTo("2021-W01");
        assertThat(Period.containing(PeriodKind.WEEK, w53.start() - 1).label()).isEqualTo("2020-W52");
        Period w52 = Period.containing(PeriodKind.WEEK, Days.of(2022, 12, 31));
        assertThat(w52.next().label()).isEqualTo("2023-W01");
        assertThat(w52.next().start()).isEqualTo(w52.end());
    }

    @Test
    void aWeekStartsOnAMonday() {
        assertThatThrownBy(() -> new Period(PeriodKind.WEEK, Days.of(2022, 6, 7), Days.of(2022, 6, 14)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2022-06-07 is not the first day of a week");
    }
}

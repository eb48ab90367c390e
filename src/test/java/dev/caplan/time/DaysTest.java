package dev.caplan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {

    @Test
    void ofMatchesLocalDateEpochDays() {
        assertThat(Days.of(1970, 1, 1)).isZero();
        assertThat(Days.of(2023, 1, 1)).isEqualTo((int) LocalDate.of(2023, 1, 1).toEpochDay());
        assertThat(Days.of(1969, 12, 31)).isEqualTo(-1);
    }

    @Test
    void ofRejectsImpossibleDates() {
        assertThatThrownBy(() -> Days.of(2023, 2, 29)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void formatPrintsIsoDatesAndNamesTheSentinels() {
        assertThat(Days.format(Days.of(2023, 1, 1))).isEqualTo("2023-01-01");
        assertThat(Days.format(Days.of(2024, 12, 31))).isEqualTo("2024-12-31");
        assertThat(Days.format(Days.BEGINNING)).isEqualTo("beginning");
        assertThat(Days.format(Days.END)).isEqualTo("end");
    }

    @Test
    void sentinelsLieOutsideAllRealDays() {
        assertThat(Days.BEGINNING).isLessThan(Days.of(1000, 1, 1));
        assertThat(Days.END).isGreaterThan(Days.of(9999, 12, 31));
        assertThat(Days.isFinite(Days.BEGINNING)).isFalse();
        assertThat(Days.isFinite(Days.END)).isFalse();
        assertThat(Days.isFinite(0)).isTrue();
    }

    @Test
    void addMonthsClampsTheDayOfMonth() {
        assertThat(Days.addMonths(Days.of(2023, 1, 31), 1)).isEqualTo(Days.of(2023, 2, 28));
        assertThat(Days.addMonths(Days.of(2024, 1, 31), 1)).isEqualTo(Days.of(2024, 2, 29));
        assertThat(Days.addMonths(Days.of(2023, 3, 31), -1)).isEqualTo(Days.of(2023, 2, 28));
        assertThat(Days.addMonths(Days.of(2023, 11, 15), 3)).isEqualTo(Days.of(2024, 2, 15));
        assertThat(Days.addMonths(Days.of(2023, 5, 10), 0)).isEqualTo(Days.of(2023, 5, 10));
    }

    @Test
    void addMonthsLeavesInfinityInfinite() {
        assertThat(Days.addMonths(Days.BEGINNING, 5)).isEqualTo(Days.BEGINNING);
        assertThat(Days.addMonths(Days.END, -5)).isEqualTo(Days.END);
    }

    @Test
    void toLocalDateRejectsSentinels() {
        assertThat(Days.toLocalDate(Days.of(2023, 6, 1))).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThatThrownBy(() -> Days.toLocalDate(Days.END))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
    }
}

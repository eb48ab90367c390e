package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Wording NL = Wording.DUTCH;

    @Test
    void dutchNumbersGroupThousandsWithAPointAndDecimalsWithAComma() {
        assertThat(NL.number(new BigDecimal("1836"), NumberFormat.PLAIN)).isEqualTo("1.836");
        assertThat(NL.number(new BigDecimal("214.3"), NumberFormat.PLAIN)).isEqualTo("214,3");
        assertThat(NL.number(new BigDecimal("-1596163.5"), NumberFormat.PLAIN)).isEqualTo("-1.596.163,5");
        assertThat(NL.number(new BigDecimal("0.82"), new NumberFormat(true, 1, null))).isEqualTo("82,0");
        assertThat(NL.number(new BigDecimal("75500"), new NumberFormat(false, -1, " "))).isEqualTo("75 500");
        assertThat(Wording.ENGLISH.number(new BigDecimal("1836"), NumberFormat.PLAIN)).isEqualTo("1836");
    }

    @Test
    void dutchDaysAndPeriods() {
        assertThat(NL.day(LocalDate.of(2023, 7, 1))).isEqualTo("1 juli 2023");
        assertThat(NL.period("2023-H2")).isEqualTo("2e helft 2023");
        assertThat(NL.period("2023-Q3")).isEqualTo("3e kwartaal 2023");
        assertThat(NL.period("2023-07")).isEqualTo("juli 2023");
        assertThat(NL.period("2023-W23")).isEqualTo("week 23 2023");
        assertThat(NL.period("2023")).isEqualTo("2023");
        assertThat(Wording.ENGLISH.period("2023-H2")).isEqualTo("2023-H2");
    }

    @Test
    void onlyLabelsCaplanMadeFromDaysAreTranslated() {
        DayRange half = new DayRange(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
        assertThat(NL.label(new Heading("2023-H2", half))).isEqualTo("2e helft 2023");
        assertThat(NL.label(Heading.of("2023-H2"))).isEqualTo("2023-H2"); // an author's label
    }

    @Test
    void languageTagsWithARegionOrInAnyCase() {
        assertThat(Wording.parse("nl-NL")).contains(NL);
        assertThat(Wording.parse("NL")).contains(NL);
        assertThat(Wording.parse("en")).contains(Wording.ENGLISH);
        assertThat(Wording.parse("fr")).isEmpty();
        assertThat(Wording.parse(null)).isEmpty();
    }
}

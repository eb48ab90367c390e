package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates written day first, read as the date they name. */
class DayFirstDateTest {

    @Test
    void dayFirstWithHyphensOrSlashes() {
        assertThat(DayFirstDate.hint("07-04-2022")).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
        assertThat(DayFirstDate.hint("7-4-2022")).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
        assertThat(DayFirstDate.hint("07/04/2022")).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
        assertThat(DayFirstDate.hint("31-12-2023")).isEqualTo("dates are written YYYY-MM-DD: 2023-12-31");
    }

    @Test
    void yearFirstWithSlashes() {
        assertThat(DayFirstDate.hint("2022/04/07")).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
    }

    @Test
    void whatCannotBeADateIsNone() {
        assertThat(DayFirstDate.hint("07-13-2022")).as("no 13th month").isNull();
        assertThat(DayFirstDate.hint("32-01-2022")).isNull();
        assertThat(DayFirstDate.hint("00-01-2022")).isNull();
        assertThat(DayFirstDate.hint("07-04/2022")).as("mixed separators").isNull();
        assertThat(DayFirstDate.hint("07-04-22")).as("a two-digit year names no century").isNull();
        assertThat(DayFirstDate.hint("100-4-2022")).isNull();
        assertThat(DayFirstDate.hint("5-2022")).isNull();
    }

    @Test
    void atAPlaceInALongerText() {
        String text = "let x = capacity at 07-04-2022 + 1";
        assertThat(DayFirstDate.hintAt(text, text.indexOf("07"))).isEqualTo("dates are written YYYY-MM-DD: 2022-04-07");
        assertThat(DayFirstDate.hintAt("at 07-04-20223", 3)).as("the year runs on").isNull();
        assertThat(DayFirstDate.hintAt("at 07", 3)).isNull();
    }
}

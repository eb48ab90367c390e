package dev.caplan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    @ParameterizedTest
    @CsvSource({
        "2023-01-01, DAY,       2023-01-01, 2023-01-02",
        "2024-02-29, DAY,       2024-02-29, 2024-03-01",
        "2022-W23,   WEEK,      2022-06-06, 2022-06-13",
        "2021-W01,   WEEK,      2021-01-04, 2021-01-11",
        "2020-W53,   WEEK,      2020-12-28, 2021-01-04",
        "2022-W52,   WEEK,      2022-12-26, 2023-01-02",
        "2026-W53,   WEEK,      2026-12-28, 2027-01-04",
        "2020-W01,   WEEK,      2019-12-30, 2020-01-06",
        "2023-01,    MONTH,     2023-01-01, 2023-02-01",
        "2023-12,    MONTH,     2023-12-01, 2024-01-01",
        "2023-Q1,    QUARTER,   2023-01-01, 2023-04-01",
        "2023-Q2,    QUARTER,   2023-04-01, 2023-07-01",
        "2023-Q3,    QUARTER,   2023-07-01, 2023-10-01",
        "2023-Q4,    QUARTER,   2023-10-01, 2024-01-01",
        "2023-H1,    HALF_YEAR, 2023-01-01, 2023-07-01",
        "2023-H2,    HALF_YEAR, 2023-07-01, 2024-01-01",
        "2023,       YEAR,      2023-01-01, 2024-01-01",
        "1000,       YEAR,      1000-01-01, 1001-01-01",
        "9999-12,    MONTH,     9999-12-01, 10000-01-01",
    })
    void parsesEveryFormAndLabelsItTheSameWay(String text, PeriodKind kind, String start, String end) {
        PeriodParse result = PeriodParser.parse(text);

        assertThat(result.isOk()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.period().kind()).isEqualTo(kind);
        assertThat(Days.format(result.period().start())).isEqualTo(start);
        assertThat(Days.format(result.period().end())).isEqualTo(end.length() > 10 ? "+" + end : end);
        assertThat(result.period().label()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-02-30 | 2023-02-30 is not a date: February 2023 has 28 days",
        "2023-02-29 | 2023-02-29 is not a date: February 2023 has 28 days",
        "2024-02-30 | 2024-02-30 is not a date: February 2024 has 29 days",
        "1900-02-29 | 1900-02-29 is not a date: February 1900 has 28 days",
        "2023-04-31 | 2023-04-31 is not a date: April 2023 has 30 days",
        "2023-01-00 | 2023-01-00 is not a date: January 2023 has 31 days",
        "2023-13    | month 13 does not exist (months run 01–12)",
        "2023-00    | month 00 does not exist (months run 01–12)",
        "2023-13-01 | month 13 does not exist (months run 01–12)",
        "2023-Q5    | quarter Q5 does not exist (quarters run Q1–Q4)",
        "2023-Q0    | quarter Q0 does not exist (quarters run Q1–Q4)",
        "2023-H3    | half-year H3 does not exist (half-years run H1–H2)",
        "2022-W54   | week W54 does not exist (the weeks of 2022 run W01–W52)",
        "2022-W00   | week W00 does not exist (the weeks of 2022 run W01–W52)",
        "2021-W53   | week W53 does not exist (the weeks of 2021 run W01–W52)",
        "2020-W54   | week W54 does not exist (the weeks of 2020 run W01–W53)",
        "2022-W1    | week W1 does not exist (the weeks of 2022 run W01–W52)",
        "2022-W123456789012 | week W123456789012 does not exist (the weeks of 2022 run W01–W52)",
        "0999-W01   | year 0999 is outside the supported years 1000–9999",
        "0999       | year 0999 is outside the supported years 1000–9999",
        "10000      | year 10000 is outside the supported years 1000–9999",
        "99999999999999-01 | year 99999999999999 is outside the supported years 1000–9999",
        "0999-01-01 | year 0999 is outside the supported years 1000–9999",
    })
    void rejectsImpossiblePeriodsWithClearMessages(String text, String message) {
        PeriodParse result = PeriodParser.parse(text);

        assertThat(result.isOk()).isFalse();
        assertThat(result.period()).isNull();
        assertThat(result.error()).isEqualTo(message);
    }

    @Test
    void acceptsLeapDayInLeapYearsOnly() {
        assertThat(PeriodParser.parse("2024-02-29").isOk()).isTrue();
        assertThat(PeriodParser.parse("2000-02-29").isOk()).isTrue();
        assertThat(PeriodParser.parse("2023-02-29").isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "2023-1", "2023-01-1", "2023/01/01", "2023-Q", "2023-q1", " 2023",
        "2023-Q01", "2023-W", "2023-w01", "2023-W01-1", "-2023", "2023-01-01T00:00"})
    void rejectsMalformedTextWithoutThrowing(String text) {
        PeriodParse result = PeriodParser.parse(text);

        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).isNotBlank();
    }

    @Test
    void malformedTextIsQuotedInTheMessage() {
        assertThat(PeriodParser.parse("2023/01").error())
                .isEqualTo("\"2023/01\" is not a period: write 2023-01-01, 2023-W01, 2023-01, 2023-Q1, 2023-H1 or 2023");
        assertThat(PeriodParser.parse(null).isOk()).isFalse();
    }

    @Test
    void aWeekThatDoesNotExistIsExplainedWithTheIsoRule() {
        assertThat(PeriodParser.parse("2021-W53").hint()).isEqualTo(PeriodParse.WEEK_HINT);
        assertThat(PeriodParser.parse("2023-13").hint()).isEqualTo(PeriodParse.DATE_HINT);
        assertThat(PeriodParser.parse("2023-W01").hint()).isNull();
    }

    @Test
    void yearsHave52Or53Weeks() {
        // 53 when the year begins on a Thursday (2015, 2026), or is a leap year beginning on a Wednesday (2020).
        assertThat(PeriodParser.weeksIn(2015)).isEqualTo(53);
        assertThat(PeriodParser.weeksIn(2020)).isEqualTo(53);
        assertThat(PeriodParser.weeksIn(2026)).isEqualTo(53);
        assertThat(PeriodParser.weeksIn(2021)).isEqualTo(52);
        assertThat(PeriodParser.weeksIn(2022)).isEqualTo(52);
        assertThat(PeriodParser.weeksIn(2024)).isEqualTo(52);
    }

    @Test
    void resultHoldsExactlyOneOfPeriodAndError() {
        Period period = Period.containing(PeriodKind.YEAR, Days.of(2023, 1, 1));
        assertThatThrownBy(() -> new PeriodParse(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeriodParse(period, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PeriodParse.ok(period).isOk()).isTrue();
        assertThat(PeriodParse.failure("bad").isOk()).isFalse();
    }
}

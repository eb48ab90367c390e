package dev.caplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.ModelParser;
import dev.caplan.source.SourceFile;
import dev.caplan.time.Days;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How column specifications expand: weeks step by week, and a range of dates without a step is one span. */
class ColumnResolverTest {

    private static List<Column> expand(String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<Column> columns = ColumnResolver.expand(
                ModelParser.parseColumns(SourceFile.ofText("<t>", text), diagnostics).get(0), diagnostics);
        assertThat(diagnostics.hasErrors()).as(text).isFalse();
        return columns;
    }

    @Test
    void aRangeOfDatesWithoutAStepIsOneSpanWithBothEndsIncluded() {
        List<Column> columns = expand("2022-07-01 .. 2022-09-30");

        assertThat(columns).hasSize(1);
        Column span = columns.get(0);
        assertThat(span.shape()).isEqualTo(Column.Shape.SPAN);
        assertThat(span.label()).isEqualTo("2022-07-01 .. 2022-09-30");
        assertThat(span.start()).isEqualTo(Days.of(2022, 7, 1));
        assertThat(span.end()).isEqualTo(Days.of(2022, 10, 1));
        assertThat(span.period()).isNull();
        assertThat(span.isDay()).isFalse();
        assertThat(span.day()).isEqualTo(Days.BEGINNING);
    }

    @Test
    void aSpanRunsFromTheFirstDayOfItsFirstEndToTheLastDayOfItsLast() {
        assertThat(expand("2022-07-15 .. 2022-09").get(0).label()).isEqualTo("2022-07-15 .. 2022-09-30");
        assertThat(expand("2022-W23 .. 2022-06-30").get(0).label()).isEqualTo("2022-06-06 .. 2022-06-30");
        assertThat(expand("2022-07-01 .. 2022-07-01").get(0).lastDay()).isEqualTo(Days.of(2022, 7, 1));
    }

    @Test
    void aRangeOfPeriodsWithoutAStepIsStillOneColumnPerPeriod() {
        assertThat(expand("2022-07 .. 2022-09")).extracting(Column::label).containsExactly("2022-07", "2022-08", "2022-09");
        assertThat(expand("2022-W52 .. 2023-W02")).extracting(Column::label)
                .containsExactly("2022-W52", "2023-W01", "2023-W02");
    }

    @Test
    void weeklyStepsThroughWeeksOrDates() {
        assertThat(expand("2022-06 .. 2022-06 weekly")).extracting(Column::label)
                .containsExactly("2022-W22", "2022-W23", "2022-W24", "2022-W25", "2022-W26");
        assertThat(expand("2022-06-01 .. 2022-06-20 weekly")).extracting(Column::label)
                .containsExactly("2022-06-01", "2022-06-08", "2022-06-15");
    }

    @Test
    void dayAndPeriodColumnsKeepTheirShape() {
        Column day = Column.ofDay(Days.of(2022, 7, 1));
        assertThat(day.isDay()).isTrue();
        assertThat(day.end() - day.start()).isEqualTo(1);
        Column week = expand("2022-W23").get(0);
        assertThat(week.shape()).isEqualTo(Column.Shape.PERIOD);
        assertThat(week.start()).isEqualTo(week.period().start());
        assertThat(week.end()).isEqualTo(week.period().end());
    }
}

package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.time.Days;
import java.util.List;

/** The headings of result columns and the day ranges of result rows, made from the stage's columns and days. */
final class Headings {

    private Headings() {
    }

    static List<Heading> of(List<Column> columns) {
        return columns.stream().map(Headings::of).toList();
    }

    /** A day column covers its day; a period or a span its days. */
    static Heading of(Column column) {
        return new Heading(column.label(), range(column.start(), column.lastDay()));
    }

    /** The days from {@code first} to {@code last}, both included; an end at the beginning or the end of time is open. */
    static DayRange range(int first, int last) {
        return new DayRange(Days.isFinite(first) ? Days.toLocalDate(first) : null,
                Days.isFinite(last) ? Days.toLocalDate(last) : null);
    }
}

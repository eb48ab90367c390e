package dev.caplan.result;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, as data: the same cells a query gives, laid out along time. {@code spans}
 * are the stretches of days the chart is cut into, in order: for a level, the stretches on which
 * every series is constant (a step at each real change date, so a step line needs no guessing);
 * for a flow, the periods asked for (a bar each). Each series has one cell per span, with the
 * expected and firm values, bounds and unknown as a table cell has them, so a chart shows a
 * tentative part, a range or a gap exactly where a table would show {@code ?}, a range or {@code -}.
 *
 * @param title   what was asked, as written ({@code azc, cno over 2022-01 .. 2024-12 monthly})
 * @param measure whether the series are levels (places on a day) or flows (an amount per period)
 * @param per     for a flow, the kind of period each bar is ({@code month}); null for a level or a span
 * @param spans   the stretches of days, in order: each its label (a level's first day, a flow's period) and days
 * @param series  the series, in the order asked; series of one grouped expression share a stack
 */
public record ChartData(String title, Measure measure, String per, List<Heading> spans, List<Series> series) {

    /** Whether the values are levels (read on a day) or flows (an amount for a whole period). */
    public enum Measure { LEVEL, FLOW }

    public ChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(measure, "measure");
        spans = List.copyOf(spans);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.cells().size() != spans.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.cells().size()
                        + " cells for " + spans.size() + " spans");
            }
        }
    }

    /**
     * One line or one set of bars. {@code stack} names the grouped expression the series is a group
     * of ({@code capacity by kind}): series with the same stack are drawn on top of each other; null
     * for an expression that is one series, drawn on its own.
     */
    public record Series(String name, String stack, List<ResultCell> cells) {
        public Series {
            Objects.requireNonNull(name, "name");
            cells = List.copyOf(cells);
        }
    }
}

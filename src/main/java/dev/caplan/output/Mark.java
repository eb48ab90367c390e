package dev.caplan.output;

import dev.caplan.result.ChartData;
import dev.caplan.result.ResultCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One series' cell on one span of a chart, where it is drawn: {@code base} is what it stands on
 * (0, or the series below it in its stack). Positive values stack up and negative ones down, each
 * from 0. Above a series that is unknown on a span nothing of its stack is drawn there: it would
 * stand on a guess, as if the unknown were zero.
 *
 * @param series  the series' index in the chart
 * @param from    the first day of the span (epoch day)
 * @param until   the day after the span
 * @param cell    the value (unknown where it is not drawn)
 * @param base    what the value stands on
 * @param stacked whether the series is part of a stack
 */
record Mark(int series, long from, long until, ResultCell cell, BigDecimal base, boolean stacked) {

    static List<Mark> of(ChartData chart) {
        List<Mark> marks = new ArrayList<>();
        for (int span = 0; span < chart.spans().size(); span++) {
            long from = chart.spans().get(span).days().first().toEpochDay();
            long until = chart.spans().get(span).days().last().toEpochDay() + 1;
            Map<String, BigDecimal[]> bases = new HashMap<>(); // per stack: above 0, below 0
            Set<String> broken = new HashSet<>();
            for (int s = 0; s < chart.series().size(); s++) {
                ChartData.Series series = chart.series().get(s);
                ResultCell cell = series.cells().get(span);
                String stack = series.stack();
                if (stack == null) {
                    marks.add(new Mark(s, from, until, cell, BigDecimal.ZERO, false));
                    continue;
                }
                if (!cell.isKnown() || broken.contains(stack)) {
                    broken.add(stack);
                    marks.add(new Mark(s, from, until, ResultCell.UNKNOWN, BigDecimal.ZERO, true));
                    continue;
                }
                BigDecimal[] base = bases.computeIfAbsent(stack, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                int side = cell.value().signum() >= 0 ? 0 : 1;
                marks.add(new Mark(s, from, until, cell, base[side], true));
                base[side] = base[side].add(cell.value());
            }
        }
        return marks;
    }

    /** The lowest value the mark reaches (0 when it is not drawn). */
    BigDecimal low() {
        return extremes().get(0);
    }

    /** The highest value the mark reaches (0 when it is not drawn). */
    BigDecimal high() {
        return extremes().get(1);
    }

    private List<BigDecimal> extremes() {
        if (!cell.isKnown()) {
            return List.of(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        List<BigDecimal> reached = new ArrayList<>(List.of(base, base.add(cell.value()), base.add(cell.firm())));
        if (cell.hasBounds()) {
            reached.add(base.add(cell.low()));
            reached.add(base.add(cell.high()));
        }
        return List.of(reached.stream().reduce(BigDecimal::min).orElseThrow(),
                reached.stream().reduce(BigDecimal::max).orElseThrow());
    }
}

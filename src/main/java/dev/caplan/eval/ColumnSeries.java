package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.ResultCell;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import java.math.BigDecimal;
import java.util.List;

/**
 * A function over periods ({@code average(x over 2023-01 .. 2023-12)}, {@code sum(f over 2023-H1)})
 * as a value. Over one period it is one number, known (or unknown) on every day. Over several it is
 * a series that holds each period's value during that period, so it can be shown per month or
 * summed further; outside the periods it is unknown. A date column of a stepped range of dates
 * stands for the days until the next date. Each column's value is what {@link Cells} says, with its
 * unknown and partial marks.
 */
final class ColumnSeries {

    private ColumnSeries() {
    }

    /** {@code aggregation} is how a level is summarised (a flow is added up whatever it says). */
    static Single of(Single value, List<Column> columns, Aggregation aggregation) {
        if (columns.size() == 1) {
            Column column = columns.get(0);
            return constant(Cells.over(value, start(column), end(column), aggregation));
        }
        int count = columns.size();
        int[] days = new int[count + 1];
        BigDecimal[][] values = new BigDecimal[6][count + 1];
        boolean bounded = false;
        for (int i = 0; i < count; i++) {
            Column column = columns.get(i);
            int until = i + 1 < count && column.isDay() && !value.isFlow() ? start(columns.get(i + 1)) : end(column);
            ResultCell cell = Cells.over(value, start(column), until, aggregation);
            days[i] = start(column);
            bounded |= cell.hasBounds();
            put(values, i, cell);
        }
        days[count] = end(columns.get(count - 1));
        put(values, count, ResultCell.UNKNOWN);
        Single result = new Single(StepSeries.steps(days, values[0]), StepSeries.steps(days, values[1]))
                .withKnown(StepSeries.steps(days, values[4]))
                .withPartial(StepSeries.steps(days, values[5]));
        return bounded ? result.withBounds(StepSeries.steps(days, values[2]), StepSeries.steps(days, values[3])) : result;
    }

    /** Column {@code i}: value, firm, low, high (0 where unknown), known and partial (1 or 0). */
    private static void put(BigDecimal[][] values, int i, ResultCell cell) {
        BigDecimal zero = BigDecimal.ZERO;
        values[0][i] = cell.isKnown() ? cell.value() : zero;
        values[1][i] = cell.isKnown() ? cell.firm() : zero;
        values[2][i] = cell.isKnown() ? (cell.hasBounds() ? cell.low() : cell.value()) : zero;
        values[3][i] = cell.isKnown() ? (cell.hasBounds() ? cell.high() : cell.value()) : zero;
        values[4][i] = cell.isKnown() ? BigDecimal.ONE : zero;
        values[5][i] = cell.partial() ? BigDecimal.ONE : zero;
    }

    /** One number on every day (unknown on every day when the cell is). */
    private static Single constant(ResultCell cell) {
        if (!cell.isKnown()) {
            return Single.ZERO.withKnown(StepSeries.ZERO);
        }
        Single result = new Single(StepSeries.constant(cell.value()), StepSeries.constant(cell.firm()))
                .withPartial(cell.partial() ? StepSeries.constant(BigDecimal.ONE) : null);
        return cell.hasBounds() ? result.withBounds(StepSeries.constant(cell.low()), StepSeries.constant(cell.high()))
                : result;
    }

    private static int start(Column column) {
        return column.start();
    }

    private static int end(Column column) {
        return column.end();
    }
}

package dev.caplan.series;

import dev.caplan.time.Days;
import java.math.BigDecimal;

/**
 * Combines two series day by day in a single linear pass over both change-point lists.
 *
 * <p>Between two consecutive change points of either operand both values are constant, so applying
 * the operation once per such stretch gives the exact result at a cost of
 * {@code O(a.size() + b.size())}, independent of how many days the stretches span.
 */
final class PointwiseMerge {

    /** An operation on one stretch over unscaled values; also given the first day, for messages. */
    @FunctionalInterface
    interface CellOperation {
        long apply(int fromDay, long a, long b);
    }

    /** An operation on one stretch over exact values, for results whose scale is not known ahead. */
    @FunctionalInterface
    interface DecimalOperation {
        BigDecimal apply(int fromDay, BigDecimal a, BigDecimal b);
    }

    /** Receives each stretch: its first day and the segment index in each operand. */
    @FunctionalInterface
    private interface StretchVisitor {
        void visit(int count, int fromDay, int indexA, int indexB);
    }

    private PointwiseMerge() {
    }

    /** The series whose value on each stretch is {@code operation} of the operands', at {@code resultScale}. */
    static StepSeries merge(StepSeries a, StepSeries b, int resultScale, CellOperation operation) {
        int[] starts = new int[a.size() + b.size() - 1];
        long[] values = new long[starts.length];
        int count = walk(a, b, (k, day, i, j) -> {
            starts[k] = day;
            values[k] = operation.apply(day, a.unscaledAt(i), b.unscaledAt(j));
        });
        return Normaliser.normalise(starts, values, count, resultScale);
    }

    /**
     * Like {@link #merge} but through BigDecimal, so that an intermediate that would not fit in a
     * {@code long} at a fixed scale (such as 125000000000 at 12 places) can still become a valid
     * series at the smallest scale that represents all results exactly.
     */
    static StepSeries mergeDecimal(StepSeries a, StepSeries b, DecimalOperation operation) {
        int[] starts = new int[a.size() + b.size() - 1];
        BigDecimal[] values = new BigDecimal[starts.length];
        int count = walk(a, b, (k, day, i, j) -> {
            starts[k] = day;
            values[k] = operation.apply(day, a.segmentValue(i), b.segmentValue(j));
        });
        return StepSeries.fromDecimals(starts, values, count);
    }

    /** Visits every stretch in order and returns how many there were. */
    private static int walk(StepSeries a, StepSeries b, StretchVisitor visitor) {
        int i = 0;
        int j = 0;
        int count = 0;
        int day = Days.BEGINNING;
        while (true) {
            visitor.visit(count++, day, i, j);
            int nextA = i + 1 < a.size() ? a.startAt(i + 1) : Days.END;
            int nextB = j + 1 < b.size() ? b.startAt(j + 1) : Days.END;
            day = Math.min(nextA, nextB);
            if (day == Days.END) {
                return count;
            }
            if (nextA == day) {
                i++;
            }
            if (nextB == day) {
                j++;
            }
        }
    }
}

package dev.caplan.series;

import java.util.Arrays;

/**
 * Brings raw change points into the canonical form every {@link StepSeries} is kept in.
 *
 * <p>Canonical form makes structural equality mean numeric equality and keeps series as small as
 * possible: consecutive equal values are merged into one segment, and decimal places that every
 * value ends in zero are dropped from the common scale.
 */
final class Normaliser {

    private Normaliser() {
    }

    /**
     * A canonical series from the first {@code count} entries of the arrays, which the caller hands
     * over (they are modified in place and possibly kept). {@code starts} must begin with
     * {@code Days.BEGINNING} and strictly increase.
     */
    static StepSeries normalise(int[] starts, long[] values, int count, int scale) {
        int kept = mergeEqualNeighbours(starts, values, count);
        int dropped = commonTrailingZeros(values, kept, scale);
        if (dropped > 0) {
            long divisor = Decimals.powerOfTen(dropped);
            for (int i = 0; i < kept; i++) {
                values[i] /= divisor;
            }
        }
        int[] finalStarts = kept == starts.length ? starts : Arrays.copyOf(starts, kept);
        long[] finalValues = kept == values.length ? values : Arrays.copyOf(values, kept);
        return new StepSeries(finalStarts, finalValues, scale - dropped);
    }

    private static int mergeEqualNeighbours(int[] starts, long[] values, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept > 0 && values[kept - 1] == values[i]) {
                continue;
            }
            starts[kept] = starts[i];
            values[kept] = values[i];
            kept++;
        }
        return kept;
    }

    /** How many decimal places can go: the fewest trailing zeros of any value, at most the scale. */
    private static int commonTrailingZeros(long[] values, int count, int scale) {
        int zeros = Math.min(scale, Decimals.MAX_POWER_OF_TEN);
        for (int i = 0; i < count && zeros > 0; i++) {
            zeros = Decimals.trailingZeros(values[i], zeros);
        }
        return zeros;
    }
}

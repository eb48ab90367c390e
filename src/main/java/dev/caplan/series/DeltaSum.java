package dev.caplan.series;

import dev.caplan.time.Days;
import java.util.Arrays;
import java.util.List;

/**
 * Sums many series at once through one sorted list of value changes.
 *
 * <p>Adding 10,000 location series pairwise would rebuild an ever-growing intermediate series
 * 10,000 times, quadratic in the number of change points. Instead every change point of every part
 * becomes a delta (new value minus previous value); sorting all deltas by day and sweeping once with
 * a running total gives the sum in {@code O(E log E)} for {@code E} change points in total.
 */
final class DeltaSum {

    private DeltaSum() {
    }

    static StepSeries sum(List<StepSeries> parts) {
        if (parts.isEmpty()) {
            return StepSeries.ZERO;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int scale = 0;
        int deltaCount = 0;
        for (StepSeries part : parts) {
            scale = Math.max(scale, part.scale());
            deltaCount = Math.addExact(deltaCount, part.changeCount());
        }
        long[] keys = new long[deltaCount];
        long[] deltas = new long[deltaCount];
        long total = collectDeltas(parts, scale, keys, deltas);
        Arrays.sort(keys);
        return sweep(keys, deltas, total, scale);
    }

    /**
     * Fills {@code deltas} and {@code keys}; each key packs the change day into the high 32 bits and
     * the index of its delta into the low 32 bits, so sorting plain longs orders deltas by day.
     *
     * @return the sum of all parts' values at the beginning of time
     */
    private static long collectDeltas(List<StepSeries> parts, int scale, long[] keys, long[] deltas) {
        long total = 0;
        int next = 0;
        for (StepSeries part : parts) {
            long previous = Decimals.rescale(part.unscaledAt(0), part.scale(), scale);
            total = Decimals.add(total, previous, scale);
            for (int i = 1; i < part.size(); i++) {
                long current = Decimals.rescale(part.unscaledAt(i), part.scale(), scale);
                deltas[next] = Decimals.subtract(current, previous, scale);
                keys[next] = ((long) part.startAt(i) << 32) | next;
                previous = current;
                next++;
            }
        }
        return total;
    }

    private static StepSeries sweep(long[] keys, long[] deltas, long initial, int scale) {
        int[] starts = new int[keys.length + 1];
        long[] values = new long[keys.length + 1];
        starts[0] = Days.BEGINNING;
        values[0] = initial;
        int count = 1;
        long running = initial;
        int k = 0;
        while (k < keys.length) {
            int day = (int) (keys[k] >> 32);
            for (; k < keys.length && (int) (keys[k] >> 32) == day; k++) {
                running = Decimals.add(running, deltas[(int) keys[k]], scale);
            }
            starts[count] = day;
            values[count] = running;
            count++;
        }
        return Normaliser.normalise(starts, values, count, scale);
    }
}

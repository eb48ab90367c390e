package dev.caplan.eval;

import dev.caplan.series.StepSeries;
import dev.caplan.time.PeriodKind;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * An evaluated expression. Every value is computed twice: {@code expected} counts tentative
 * values ({@code 100?}), {@code firm} leaves them out; where the two differ the value is tentative.
 */
public sealed interface Value {

    /**
     * One series (with its firm twin). {@code per} is set for a flow: each value is then an amount
     * for the whole period of that kind it falls in. {@code known} is null when the value is known
     * on every day, else 1 on the days it is known (an actual before anything was realised is
     * unknown, not 0). {@code low} and {@code high} bound an uncertain value (interval arithmetic:
     * each operation gives the smallest interval that holds every outcome); null when exact.
     */
    record Single(StepSeries expected, StepSeries firm, PeriodKind per, StepSeries known, StepSeries low,
                  StepSeries high) implements Value {
        public static final Single ZERO = new Single(StepSeries.ZERO, StepSeries.ZERO);

        public Single(StepSeries expected, StepSeries firm) {
            this(expected, firm, null, null, null, null);
        }

        public static Single firm(StepSeries series) {
            return new Single(series, series);
        }

        public boolean isFlow() {
            return per != null;
        }

        public boolean hasBounds() {
            return low != null;
        }

        public StepSeries lowOrExpected() {
            return low != null ? low : expected;
        }

        public StepSeries highOrExpected() {
            return high != null ? high : expected;
        }

        public Single withPer(PeriodKind newPer) {
            return new Single(expected, firm, newPer, known, low, high);
        }

        public Single withKnown(StepSeries newKnown) {
            return new Single(expected, firm, per, newKnown, low, high);
        }

        /** The same value with bounds; bounds equal to the expected value are dropped. */
        public Single withBounds(StepSeries newLow, StepSeries newHigh) {
            boolean exact = newLow == null || newLow.equals(expected) && newHigh.equals(expected);
            return new Single(expected, firm, per, known, exact ? null : newLow, exact ? null : newHigh);
        }

        /** Whether the value is known on {@code day}. */
        public boolean isKnownAt(int day) {
            return known == null || known.valueAt(day).signum() != 0;
        }

        /** An operation that never lowers a value when its input rises (aggregations, rounding, at). */
        public Single map(UnaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected);
            Single result = new Single(e, expected == firm ? e : operation.apply(firm), per, known, null, null);
            return hasBounds() ? result.withBounds(operation.apply(low), operation.apply(high)) : result;
        }

        /** An operation that rises with both operands (+, min, max). */
        public Single combine(Single other, BinaryOperator<StepSeries> operation) {
            Single result = both(other, operation);
            if (!hasBounds() && !other.hasBounds()) {
                return result;
            }
            return result.withBounds(operation.apply(lowOrExpected(), other.lowOrExpected()),
                    operation.apply(highOrExpected(), other.highOrExpected()));
        }

        /** Subtraction: the lowest outcome takes the other's highest value, and the other way round. */
        public Single minus(Single other) {
            Single result = both(other, StepSeries::minus);
            if (!hasBounds() && !other.hasBounds()) {
                return result;
            }
            return result.withBounds(lowOrExpected().minus(other.highOrExpected()),
                    highOrExpected().minus(other.lowOrExpected()));
        }

        /** Multiplication and division: the bounds are the extremes of the four corner outcomes. */
        public Single extremes(Single other, BinaryOperator<StepSeries> operation) {
            Single result = both(other, operation);
            if (!hasBounds() && !other.hasBounds()) {
                return result;
            }
            List<StepSeries> corners = List.of(
                    operation.apply(lowOrExpected(), other.lowOrExpected()),
                    operation.apply(lowOrExpected(), other.highOrExpected()),
                    operation.apply(highOrExpected(), other.lowOrExpected()),
                    operation.apply(highOrExpected(), other.highOrExpected()));
            return result.withBounds(corners.stream().reduce(StepSeries::min).orElseThrow(),
                    corners.stream().reduce(StepSeries::max).orElseThrow());
        }

        public Single negate() {
            Single result = new Single(expected.negate(), firm.negate(), per, known, null, null);
            return hasBounds() ? result.withBounds(high.negate(), low.negate()) : result;
        }

        /** The value without its bounds (a comparison is true or false, not a range). */
        public Single exact() {
            return new Single(expected, firm, per, known, null, null);
        }

        private Single both(Single other, BinaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected, other.expected);
            boolean bothFirm = expected == firm && other.expected == other.firm;
            StepSeries k = known == null ? other.known : other.known == null ? known : known.min(other.known);
            return new Single(e, bothFirm ? e : operation.apply(firm, other.firm), per != null ? per : other.per, k,
                    null, null);
        }
    }

    /** One series per group, in the groups' order; {@code key} names what the groups are ("kind", ...). */
    record Grouped(String key, List<String> labels, List<Single> members) implements Value {
        public Grouped {
            labels = List.copyOf(labels);
            members = List.copyOf(members);
        }

        public Grouped map(UnaryOperator<Single> operation) {
            return new Grouped(key, labels, members.stream().map(operation).toList());
        }
    }
}

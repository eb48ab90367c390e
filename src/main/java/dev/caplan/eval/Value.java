package dev.caplan.eval;

import dev.caplan.series.StepSeries;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
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
     * unknown, not 0; the series holds 0 there, which no one may read). {@code partial} is null or
     * 1 on the days the value was computed from partly unknown days (an average over a month with
     * unobserved days). {@code low} and {@code high} bound an uncertain value (interval arithmetic:
     * each operation gives the smallest interval that holds every outcome); null when exact.
     */
    record Single(StepSeries expected, StepSeries firm, PeriodKind per, StepSeries known, StepSeries partial,
                  StepSeries low, StepSeries high) implements Value {
        public static final Single ZERO = new Single(StepSeries.ZERO, StepSeries.ZERO);

        public Single(StepSeries expected, StepSeries firm) {
            this(expected, firm, null, null, null, null, null);
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
            return new Single(expected, firm, newPer, known, partial, low, high);
        }

        /** The same value, known only where {@code newKnown} is 1 (null: everywhere). */
        public Single withKnown(StepSeries newKnown) {
            boolean everywhere = newKnown == null || newKnown.isConstant() && newKnown.valueAt(0).signum() != 0;
            return new Single(expected, firm, per, everywhere ? null : newKnown, partial, low, high);
        }

        /** The same value, computed from partly unknown days where {@code newPartial} is 1 (null: nowhere). */
        public Single withPartial(StepSeries newPartial) {
            boolean nowhere = newPartial == null || newPartial.isZero();
            return new Single(expected, firm, per, known, nowhere ? null : newPartial, low, high);
        }

        /** The same value with bounds; bounds equal to the expected value are dropped. */
        public Single withBounds(StepSeries newLow, StepSeries newHigh) {
            boolean exact = newLow == null || newLow.equals(expected) && newHigh.equals(expected);
            return new Single(expected, firm, per, known, partial, exact ? null : newLow, exact ? null : newHigh);
        }

        /** Whether the value is known on {@code day}. */
        public boolean isKnownAt(int day) {
            return known == null || known.valueAt(day).signum() != 0;
        }

        /** Whether the value on {@code day} was computed from partly unknown days. */
        public boolean isPartialAt(int day) {
            return partial != null && partial.valueAt(day).signum() != 0;
        }

        /** 1 on the days the value is known, 0 elsewhere. */
        public StepSeries knownDays() {
            return known != null ? known : StepSeries.constant(BigDecimal.ONE);
        }

        /** An operation that never lowers a value when its input rises (aggregations, rounding, at). */
        public Single map(UnaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected);
            Single result = new Single(e, expected == firm ? e : operation.apply(firm), per, known, partial, null, null);
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
            Single result = new Single(expected.negate(), firm.negate(), per, known, partial, null, null);
            return hasBounds() ? result.withBounds(high.negate(), low.negate()) : result;
        }

        /** The value without its bounds (a comparison is true or false, not a range). */
        public Single exact() {
            return new Single(expected, firm, per, known, partial, null, null);
        }

        private Single both(Single other, BinaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected, other.expected);
            boolean bothFirm = expected == firm && other.expected == other.firm;
            StepSeries k = known == null ? other.known : other.known == null ? known : known.min(other.known);
            StepSeries p = partial == null ? other.partial : other.partial == null ? partial : partial.max(other.partial);
            return new Single(e, bothFirm ? e : operation.apply(firm, other.firm), per != null ? per : other.per, k,
                    p, null, null);
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

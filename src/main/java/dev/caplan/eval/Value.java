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
     * unknown, not 0).
     */
    record Single(StepSeries expected, StepSeries firm, PeriodKind per, StepSeries known) implements Value {
        public static final Single ZERO = new Single(StepSeries.ZERO, StepSeries.ZERO);

        public Single(StepSeries expected, StepSeries firm) {
            this(expected, firm, null, null);
        }

        public static Single firm(StepSeries series) {
            return new Single(series, series);
        }

        public boolean isFlow() {
            return per != null;
        }

        public Single withPer(PeriodKind newPer) {
            return new Single(expected, firm, newPer, known);
        }

        public Single withKnown(StepSeries newKnown) {
            return new Single(expected, firm, per, newKnown);
        }

        /** Whether the value is known on {@code day}. */
        public boolean isKnownAt(int day) {
            return known == null || known.valueAt(day).signum() != 0;
        }

        public Single map(UnaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected);
            return new Single(e, expected == firm ? e : operation.apply(firm), per, known);
        }

        public Single combine(Single other, BinaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected, other.expected);
            boolean bothFirm = expected == firm && other.expected == other.firm;
            StepSeries k = known == null ? other.known : other.known == null ? known : known.min(other.known);
            return new Single(e, bothFirm ? e : operation.apply(firm, other.firm), per != null ? per : other.per, k);
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

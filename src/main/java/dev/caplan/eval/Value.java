package dev.caplan.eval;

import dev.caplan.ast.GroupKey;
import dev.caplan.series.StepSeries;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * An evaluated expression. Every value is computed twice: {@code expected} counts tentative places
 * ({@code 100?}), {@code firm} leaves them out; where the two differ the value is tentative.
 */
public sealed interface Value {

    /** One series (with its firm twin). */
    record Single(StepSeries expected, StepSeries firm) implements Value {
        public static final Single ZERO = new Single(StepSeries.ZERO, StepSeries.ZERO);

        public static Single firm(StepSeries series) {
            return new Single(series, series);
        }

        public Single map(UnaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected);
            return new Single(e, expected == firm ? e : operation.apply(firm));
        }

        public Single combine(Single other, BinaryOperator<StepSeries> operation) {
            StepSeries e = operation.apply(expected, other.expected);
            boolean bothFirm = expected == firm && other.expected == other.firm;
            return new Single(e, bothFirm ? e : operation.apply(firm, other.firm));
        }
    }

    /** One series per group, in the groups' declaration order. */
    record Grouped(GroupKey key, List<String> labels, List<Single> members) implements Value {
        public Grouped {
            labels = List.copyOf(labels);
            members = List.copyOf(members);
        }

        public Grouped map(UnaryOperator<Single> operation) {
            return new Grouped(key, labels, members.stream().map(operation).toList());
        }
    }
}

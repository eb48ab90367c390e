package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.check.Builtin;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Column;
import dev.caplan.check.ColumnResolver;
import dev.caplan.diag.Code;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.source.Limits;
import dev.caplan.time.Days;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Evaluates function calls: pointwise functions day by day, aggregations period by period. */
final class CallEvaluator {
    private final Evaluator evaluator;

    CallEvaluator(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value evaluate(Expr.Call call) {
        Builtin builtin = Builtin.of(call.function().text(), call.over() != null).orElseThrow();
        return switch (builtin) {
            case MIN -> pointwise(call, args -> args.stream().reduce((a, b) -> a.combine(b, StepSeries::min)).orElseThrow());
            case MAX -> pointwise(call, args -> args.stream().reduce((a, b) -> a.combine(b, StepSeries::max)).orElseThrow());
            case ABS -> pointwise(call, args -> abs(args.get(0)));
            case ROUND -> pointwise(call, args -> round(call, args));
            case CUMULATIVE -> cumulative(call);
            case AVERAGE, MIN_OVER, MAX_OVER, START, END, SUM -> overPeriods(call, builtin);
            case ACTUAL -> evaluator.actual(quotaOf(call));
            case DUE, BACKLOG, CARRIED -> evaluator.ledger(quotaOf(call)).row(quota(call), builtin.ledgerRow().orElseThrow());
            case LEDGER -> evaluator.ledger(quotaOf(call)).rows(quota(call));
        };
    }

    /**
     * The running total of a flow. A flow with an amount in every period without end (a structural
     * line without until) has no running total to give: an error that says so, not a hang or a
     * total cut off somewhere.
     */
    private Value cumulative(Expr.Call call) {
        Single flow = evaluator.single(call.args().get(0));
        if (Flows.endless(flow.expected()) || Flows.endless(flow.firm())) {
            String every = flow.per().name().toLowerCase(Locale.ROOT).replace('_', '-');
            throw new EvalException(Code.ARITHMETIC, call.span(), "cumulative of a flow with an amount every " + every
                    + " without end: its running total has no end either", "give the structural line an until "
                    + "(... from 2024-H1 until 2030-H1), or add up the periods you need: sum(x over 2024 .. 2029)");
        }
        return Evaluator.arithmetic(call.span(), () -> flow.map(s -> Flows.cumulative(s, flow.per())).withPer(null)
                .withKnown(Flows.cumulativeKnown(flow.known())));
    }

    /** A function over periods: one value per period, see {@link ColumnSeries}; a sum of a flow is no longer a flow. */
    private Value overPeriods(Expr.Call call, Builtin builtin) {
        Single operand = evaluator.single(call.args().get(0));
        List<Column> columns = ColumnResolver.expand(call.over(), new Diagnostics());
        return Evaluator.arithmetic(call.span(), () -> ColumnSeries.of(operand, columns, builtin.aggregation())
                .withPer(null));
    }

    /** A function of day-by-day values: each argument is a single series (the checker made sure). */
    private Value pointwise(Expr.Call call, Function<List<Single>, Single> function) {
        List<Single> args = call.args().stream().map(evaluator::single).toList();
        return Evaluator.arithmetic(call.span(), () -> function.apply(args));
    }

    private static Expr.QuotaRef quotaOf(Expr.Call call) {
        return (Expr.QuotaRef) call.args().get(0); // the checker made sure
    }

    private CheckedQuota quota(Expr.Call call) {
        return evaluator.model().quotas().get(quotaOf(call).quota().text());
    }

    /** |x| over an interval [l, h]: at least max(l, -h, 0), at most max(|l|, |h|). */
    private static Single abs(Single value) {
        Single result = value.exact().map(StepSeries::abs);
        if (!value.hasBounds()) {
            return result;
        }
        StepSeries low = value.low().max(value.high().negate()).max(StepSeries.ZERO);
        return result.withBounds(low, value.low().abs().max(value.high().abs()));
    }

    private static Single round(Expr.Call call, List<Single> args) {
        int digits = 0;
        if (args.size() == 2) {
            StepSeries digitSeries = args.get(1).expected();
            if (!digitSeries.isConstant()) {
                throw new EvalException(call.args().get(1).span(), "the number of digits must not change over time");
            }
            BigDecimal asked = digitSeries.valueAt(0);
            if (asked.abs().compareTo(BigDecimal.valueOf(Limits.ROUND_DIGITS)) > 0 || asked.stripTrailingZeros().scale() > 0) {
                throw new EvalException(Code.LIMIT, call.args().get(1).span(), "round takes a whole number of digits "
                        + "from -" + Limits.ROUND_DIGITS + " to " + Limits.ROUND_DIGITS + ", not "
                        + asked.stripTrailingZeros().toPlainString(), "round(x, 2) rounds to hundredths, round(x, -2) to hundreds");
            }
            digits = asked.intValue();
        }
        int places = digits;
        return args.get(0).map(s -> s.map(v -> v.setScale(places, RoundingMode.HALF_UP)));
    }
}

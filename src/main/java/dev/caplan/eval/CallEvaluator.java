package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.check.Builtin;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Column;
import dev.caplan.check.ColumnResolver;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
            case CUMULATIVE -> {
                Single flow = evaluator.single(call.args().get(0));
                yield Evaluator.arithmetic(call.span(), () -> flow.map(s -> Flows.cumulative(s, flow.per())).withPer(null));
            }
            case AVERAGE, MIN_OVER, MAX_OVER, START, END -> {
                Single operand = evaluator.single(call.args().get(0));
                List<Column> columns = ColumnResolver.expand(call.over(), new Diagnostics());
                yield Evaluator.arithmetic(call.span(), () -> operand.map(s -> aggregate(s, builtin.aggregation(), columns)));
            }
            case SUM -> {
                Single operand = evaluator.single(call.args().get(0));
                List<Column> columns = ColumnResolver.expand(call.over(), new Diagnostics());
                yield Evaluator.arithmetic(call.span(), () -> operand.map(s -> flowSum(s, operand.per(), columns))
                        .withPer(null));
            }
            case ACTUAL -> evaluator.actual(quotaOf(call));
            case DUE, BACKLOG, CARRIED -> evaluator.ledger(quotaOf(call)).row(quota(call), builtin.ledgerRow().orElseThrow());
            case LEDGER -> evaluator.ledger(quotaOf(call)).rows(quota(call));
        };
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

    /**
     * The amounts of a flow over one period or span (a number), or per period of a range (a series).
     * Columns are half-open day intervals whatever their shape, so a span is summed like a period.
     */
    private static StepSeries flowSum(StepSeries flow, PeriodKind per, List<Column> columns) {
        if (columns.size() == 1) {
            return StepSeries.constant(Flows.sum(flow, per, columns.get(0).start(), columns.get(0).end()));
        }
        List<StepSeries> parts = new ArrayList<>();
        for (Column column : columns) {
            parts.add(StepSeries.segment(column.start(), column.end(),
                    Flows.sum(flow, per, column.start(), column.end())));
        }
        return StepSeries.sum(parts);
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
            digits = digitSeries.valueAt(0).intValue();
        }
        int places = digits;
        return args.get(0).map(s -> s.map(v -> v.setScale(places, RoundingMode.HALF_UP)));
    }

    /**
     * One period or span: the aggregate as a constant. Several: a series that holds each period's
     * aggregate during that period and is 0 outside them, so it can be shown per month or summed further.
     */
    private static StepSeries aggregate(StepSeries series, Aggregation aggregation, List<Column> columns) {
        if (columns.size() == 1) {
            return StepSeries.constant(valueOver(series, aggregation, columns.get(0), Days.END));
        }
        int[] days = new int[columns.size() + 1];
        BigDecimal[] values = new BigDecimal[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int next = i + 1 < columns.size() ? columns.get(i + 1).start() : Days.END;
            days[i] = column.start();
            values[i] = valueOver(series, aggregation, column, next);
        }
        days[columns.size()] = columns.get(columns.size() - 1).end();
        values[columns.size()] = BigDecimal.ZERO;
        return StepSeries.steps(days, values);
    }

    /** A period or span over its own days; a date of a stepped range up to the next date. */
    private static BigDecimal valueOver(StepSeries series, Aggregation aggregation, Column column, int next) {
        if (column.isDay()) {
            int end = next == Days.END ? column.end() : next;
            return series.aggregate(aggregation, column.start(), end);
        }
        return series.aggregate(aggregation, column.start(), column.end());
    }
}

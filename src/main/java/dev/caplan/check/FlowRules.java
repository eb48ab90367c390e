package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.check.ValueType.Dimension;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.time.PeriodKind;
import java.util.Locale;

/**
 * What arithmetic does with flows (amounts per period). Flows add to flows of the same period,
 * scale by numbers, and divide into ratios; a flow never mixes with a level (places on a day):
 * that is the mistake spreadsheets let through, so here it is a diagnostic with a way out.
 */
final class FlowRules {
    private final Diagnostics diagnostics;

    FlowRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    ValueType binary(Expr.Binary expr, ValueType left, ValueType right) {
        if (left.dimension() == Dimension.LEVEL || right.dimension() == Dimension.LEVEL) {
            return mixed(expr, "a level (places on a day) and a flow (an amount per period)",
                    "compare like with like: cumulative(flow) is a level, sum(flow over 2023-H1) a number");
        }
        if (left.isFlow() && right.isFlow() && left.per() != right.per()) {
            return mixed(expr, "a flow per " + noun(left.per()) + " and a flow per " + noun(right.per()),
                    "sum both over the same periods: sum(a over 2023) - sum(b over 2023)");
        }
        ValueType flow = left.isFlow() ? left : right;
        switch (expr.op()) {
            case MULTIPLY:
                if (left.isFlow() && right.isFlow()) {
                    return mixed(expr, "two flows multiplied", "multiply a flow by a number");
                }
                return flow;
            case DIVIDE:
                if (left.isFlow() && right.isFlow()) {
                    return ValueType.NUMBER;
                }
                if (!left.isFlow()) {
                    return mixed(expr, "a number divided by a flow", "divide a flow by a number or by another flow");
                }
                return flow;
            default:
                return expr.op().isComparison() ? ValueType.TRUTH : flow;
        }
    }

    private ValueType mixed(Expr.Binary expr, String what, String hint) {
        diagnostics.error(Code.LEVEL_FLOW, expr.span(), "cannot combine " + what + " with '" + expr.op().symbol() + "'",
                hint);
        return null;
    }

    static String noun(PeriodKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

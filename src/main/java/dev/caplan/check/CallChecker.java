package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.check.ValueType.Dimension;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;

/** Checks a function call: the function exists, takes that many arguments, of those kinds. */
final class CallChecker {
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    CallChecker(ExprChecker exprs, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    ValueType check(Expr.Call call) {
        String name = call.function().text();
        if (call.over() != null) {
            return aggregation(call, name);
        }
        if (Functions.OF_QUOTA.contains(name)) {
            return ofQuota(call, name);
        }
        if (name.equals(Functions.CUMULATIVE)) {
            return cumulative(call);
        }
        if (!Functions.POINTWISE.contains(name)) {
            String hint = Functions.AGGREGATIONS.containsKey(name)
                    ? name + " summarises a series over a period: " + name + "(x over 2023-H1)"
                    : NameHints.didYouMean(name, Functions.allNames());
            return unknown(call, "unknown function '" + name + "'", hint);
        }
        ValueType[] args = new ValueType[call.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = exprs.single(call.args().get(i));
        }
        switch (name) {
            case "abs":
                return arity(call, 1, 1) ? args[0] : null;
            case "round":
                if (!arity(call, 1, 2)) {
                    return null;
                }
                if (args.length == 2 && args[1] != null && args[1].dimension() == Dimension.LEVEL) {
                    return exprs.levelAsNumber(call.args().get(1).span(), "the number of digits is a plain number");
                }
                return args[0];
            default: // min, max
                if (!arity(call, 1, Integer.MAX_VALUE)) {
                    return null;
                }
                ValueType result = ValueType.NUMBER;
                for (ValueType arg : args) {
                    if (arg == null) {
                        return null;
                    }
                    if (arg.dimension() == Dimension.LEVEL) {
                        result = ValueType.LEVEL;
                    }
                }
                return result;
        }
    }

    private ValueType ofQuota(Expr.Call call, String name) {
        if (!arity(call, 1, 1)) {
            return null;
        }
        Expr arg = call.args().get(0);
        if (!(arg instanceof Expr.QuotaRef)) {
            exprs.check(arg);
            return unknown(call, name + " takes a quota of an area", "write " + name + "(status_holders[IJsselland])");
        }
        ValueType quota = exprs.check(arg);
        if (quota == null) {
            return null;
        }
        if (!name.equals("actual") && !quota.isFlow()) {
            diagnostics.error(Code.LEVEL_FLOW, call.function().span(), name + " needs a flow quota: a backlog is "
                    + "carried from one period to the next", "a level quota has actual(...) but no backlog");
            return null;
        }
        return name.equals("ledger") ? quota.asGrouped() : quota;
    }

    private ValueType cumulative(Expr.Call call) {
        if (!arity(call, 1, 1)) {
            return null;
        }
        ValueType operand = exprs.single(call.args().get(0));
        if (operand != null && !operand.isFlow()) {
            diagnostics.error(Code.LEVEL_FLOW, call.args().get(0).span(), "cumulative adds up a flow, and this is "
                    + operand.describe(), "a level already is a running state; use it as it is");
            return null;
        }
        return operand == null ? null : ValueType.LEVEL;
    }

    private ValueType aggregation(Expr.Call call, String name) {
        if (name.equals(Functions.SUM)) {
            if (!arity(call, 1, 1)) {
                return null;
            }
            ColumnResolver.expand(call.over(), diagnostics);
            ValueType operand = exprs.single(call.args().get(0));
            if (operand != null && !operand.isFlow()) {
                diagnostics.error(Code.LEVEL_FLOW, call.function().span(), "sum adds up a flow over a period, and this is "
                        + operand.describe(), "summarise a level with average, min, max, start or end");
                return null;
            }
            return operand == null ? null : ValueType.NUMBER;
        }
        if (!Functions.AGGREGATIONS.containsKey(name)) {
            return unknown(call, "'" + name + "' cannot summarise over a period",
                    "over works with " + String.join(", ", Functions.AGGREGATIONS.keySet().stream().sorted().toList())
                            + " (levels) and sum (flows)");
        }
        if (!arity(call, 1, 1)) {
            return null;
        }
        ColumnResolver.expand(call.over(), diagnostics);
        ValueType operand = exprs.single(call.args().get(0));
        if (operand != null && operand.isFlow()) {
            diagnostics.error(Code.LEVEL_FLOW, call.function().span(), name + " summarises a level, and this is "
                    + operand.describe(), "add up a flow over a period with sum(x over 2023)");
            return null;
        }
        return operand;
    }

    private boolean arity(Expr.Call call, int min, int max) {
        int count = call.args().size();
        if (count >= min && count <= max) {
            return true;
        }
        String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min
                : min + " or " + max;
        diagnostics.error(Code.UNKNOWN_FUNCTION, call.function().span(), call.function().text() + " takes "
                + expected + " argument" + (max == 1 ? "" : "s") + ", not " + count);
        return false;
    }

    private ValueType unknown(Expr.Call call, String message, String hint) {
        diagnostics.error(Code.UNKNOWN_FUNCTION, call.function().span(), message, hint);
        for (Expr arg : call.args()) {
            exprs.check(arg);
        }
        return null;
    }
}

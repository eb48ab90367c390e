package dev.caplan.check;

import dev.caplan.ast.Expr;
import dev.caplan.check.Builtin.Argument;
import dev.caplan.check.Builtin.Form;
import dev.caplan.check.ValueType.Dimension;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a function call against the {@link Builtin} table: the function exists in that form
 * (with or without {@code over}), takes that many arguments, of those kinds; and gives the type
 * the table says.
 */
final class CallChecker {
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    CallChecker(ExprChecker exprs, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    ValueType check(Expr.Call call) {
        Optional<Builtin> builtin = Builtin.of(call.function().text(), call.over() != null);
        if (builtin.isEmpty()) {
            return unknown(call);
        }
        return check(call, builtin.get());
    }

    private ValueType unknown(Expr.Call call) {
        String name = call.function().text();
        if (call.over() != null) {
            return unknown(call, "'" + name + "' cannot summarise over a period",
                    "over works with " + String.join(", ", Builtin.overPeriodNames(Argument.LEVEL)) + " (levels) and "
                            + String.join(", ", Builtin.overPeriodNames(Argument.FLOW)) + " (flows)");
        }
        String hint = Builtin.of(name, true).isPresent()
                ? name + " summarises a series over a period: " + name + "(x over 2023-H1)"
                : NameHints.didYouMean(name, Builtin.names());
        return unknown(call, "unknown function '" + name + "'", hint);
    }

    private ValueType check(Expr.Call call, Builtin builtin) {
        if (!arity(call, builtin)) {
            call.args().forEach(exprs::check);
            return null;
        }
        if (builtin.form() == Form.OVER) {
            ColumnResolver.expand(call.over(), diagnostics);
        }
        List<ValueType> types = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            types.add(argument(call, builtin, i));
        }
        if (types.contains(null)) {
            return null;
        }
        return switch (builtin.result()) {
            case LIKE_ARGUMENT -> types.get(0);
            case WIDEST -> types.stream().anyMatch(t -> t.dimension() == Dimension.LEVEL) ? ValueType.LEVEL
                    : ValueType.NUMBER;
            case NUMBER -> ValueType.NUMBER;
            case LEVEL -> ValueType.LEVEL;
            case GROUPED -> types.get(0).asGrouped();
        };
    }

    /** The type of argument {@code i}, or null after reporting that it is not what the function takes. */
    private ValueType argument(Expr.Call call, Builtin builtin, int i) {
        Expr arg = call.args().get(i);
        String name = builtin.functionName();
        return switch (builtin.argument()) {
            case SERIES -> exprs.single(arg);
            case SERIES_THEN_DIGITS -> i == 0 ? exprs.single(arg) : digits(arg);
            case LEVEL -> {
                ValueType operand = exprs.single(arg);
                if (operand != null && operand.isFlow()) {
                    yield mismatch(call, name + " summarises a level, and this is " + operand.describe(),
                            "add up a flow over a period with sum(x over 2023)");
                }
                yield operand;
            }
            case FLOW -> flow(call, builtin, arg);
            case QUOTA, FLOW_QUOTA -> quota(call, builtin, arg);
        };
    }

    private ValueType digits(Expr arg) {
        ValueType digits = exprs.single(arg);
        if (digits != null && digits.dimension() == Dimension.LEVEL) {
            return exprs.levelAsNumber(arg.span(), "the number of digits is a plain number");
        }
        return digits;
    }

    private ValueType flow(Expr.Call call, Builtin builtin, Expr arg) {
        ValueType operand = exprs.single(arg);
        if (operand == null || operand.isFlow()) {
            return operand;
        }
        String name = builtin.functionName();
        if (builtin.form() == Form.OVER) {
            return mismatch(call, name + " adds up a flow over a period, and this is " + operand.describe(),
                    "summarise a level with " + orList(Builtin.overPeriodNamesInOrder(Argument.LEVEL)));
        }
        diagnostics.error(Code.LEVEL_FLOW, arg.span(), name + " adds up a flow, and this is " + operand.describe(),
                "a level already is a running state; use it as it is");
        return null;
    }

    private ValueType quota(Expr.Call call, Builtin builtin, Expr arg) {
        String name = builtin.functionName();
        if (!(arg instanceof Expr.QuotaRef)) {
            return unknown(call, name + " takes a quota of an area", "write " + name + "(status_holders[IJsselland])");
        }
        ValueType quota = exprs.check(arg);
        if (quota != null && builtin.argument() == Argument.FLOW_QUOTA && !quota.isFlow()) {
            return mismatch(call, name + " needs a flow quota: a backlog is carried from one period to the next",
                    "a level quota has actual(...) but no backlog");
        }
        return quota;
    }

    private ValueType mismatch(Expr.Call call, String message, String hint) {
        diagnostics.error(Code.LEVEL_FLOW, call.function().span(), message, hint);
        return null;
    }

    private boolean arity(Expr.Call call, Builtin builtin) {
        int min = builtin.minArguments();
        int max = builtin.maxArguments();
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

    /** "a, b or c". */
    private static String orList(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}

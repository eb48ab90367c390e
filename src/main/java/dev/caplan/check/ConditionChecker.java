package dev.caplan.check;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.PeriodLit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** Checks {@code check} conditions and {@code reported} figures: what they compare, and when. */
final class ConditionChecker {
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    ConditionChecker(ExprChecker exprs, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    CheckedCheck check(Item.Check check) {
        ValueType type = exprs.single(check.condition());
        if (type != null && type.dimension() != ValueType.Dimension.TRUTH) {
            diagnostics.error(Code.REPORTED_FORM, check.condition().span(), "a check needs a condition, not "
                    + type.describe(), "compare two values: check azc >= azc_places[IJsselland] on 2024-01-01");
        }
        List<Column> columns = new ArrayList<>();
        for (PeriodLit day : check.on()) {
            if (day.isValid()) {
                columns.add(Column.ofDay(day.period().start()));
            }
        }
        for (ColumnSpec spec : check.over()) {
            columns.addAll(ColumnResolver.expand(spec, diagnostics));
        }
        if (type != null && type.isFlow() == false && flowOperand(check) && !check.on().isEmpty()) {
            diagnostics.error(Code.LEVEL_FLOW, check.on().get(0).span(), "a flow has no value on a day",
                    "check a flow over periods: check ... over 2023-H1 .. 2023-H2");
        }
        return new CheckedCheck(check, columns);
    }

    void check(Item.Reported figure) {
        ValueType type = exprs.single(figure.expr());
        if (type == null) {
            return;
        }
        if (type.dimension() == ValueType.Dimension.TRUTH) {
            diagnostics.error(Code.REPORTED_FORM, figure.expr().span(), "a reported figure is a number, not a condition",
                    "write: reported 1665 = azc at 2023-01-01");
        }
    }

    /** Whether the compared values are flows, which have amounts per period rather than values on days. */
    private boolean flowOperand(Item.Check check) {
        return check.condition() instanceof Expr.Binary binary
                && exprs.typeOf(binary.left()) != null && exprs.typeOf(binary.left()).isFlow();
    }
}

package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/**
 * Expressions. Every value is a time series; a number is a constant series. Records compare by
 * value, so side tables keyed by expressions must be identity maps.
 */
public sealed interface Expr {

    Span span();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitNumber(Number expr);

        R visitCapacity(Capacity expr);

        R visitReference(Reference expr);

        R visitQuota(QuotaRef expr);

        R visitCall(Call expr);

        R visitNegate(Negate expr);

        R visitBinary(Binary expr);

        R visitGroupBy(GroupBy expr);

        R visitAt(At expr);
    }

    /** A literal, possibly tentative: {@code 100?}. */
    record Number(Quantity value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitNumber(this);
        }
    }

    /** {@code capacity} or {@code capacity[IJsselland, kind in (AZC, NO)]}: the sum over selected locations. */
    record Capacity(List<Filter> filters, Span span) implements Expr {
        public Capacity {
            filters = List.copyOf(filters);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCapacity(this);
        }
    }

    /** A named definition ({@code let}). */
    record Reference(Name name, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitReference(this);
        }
    }

    /** {@code azc_places[IJsselland]}: a quota (or its actuals, through functions) for one area. */
    record QuotaRef(Name quota, Name area, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitQuota(this);
        }
    }

    /** {@code min(a, b)}, {@code average(x over 2023-H1)}; {@code over} is null when absent. */
    record Call(Name function, List<Expr> args, ColumnSpec over, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCall(this);
        }
    }

    record Negate(Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitNegate(this);
        }
    }

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitBinary(this);
        }
    }

    /** {@code expr by kind}: one series per group. */
    record GroupBy(Expr operand, GroupKey key, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitGroupBy(this);
        }
    }

    /** {@code expr at 2023-07-01}: the value on a day (a period stands for its first day). */
    record At(Expr operand, PeriodLit when, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitAt(this);
        }
    }
}

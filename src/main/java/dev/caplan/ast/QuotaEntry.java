package dev.caplan.ast;

import dev.caplan.source.Span;

/** A line inside a {@code quota} or {@code actual} block. */
public sealed interface QuotaEntry {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of line; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitLevel(Level entry);

        R visitFlow(Flow entry);

        R visitBacklog(Backlog entry);

        R visitCarry(Carry entry);
    }

    /**
     * {@code IJsselland 1836 from 2024-01-01 [until ...]}: a level that holds from a date; in a flow
     * quota, {@code IJsselland 650 from 2024-H1 [until ...]}, a structural amount for every period.
     */
    record Level(Name area, Quantity value, PeriodLit from, PeriodLit until, Span span) implements QuotaEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLevel(this);
        }
    }

    /** {@code IJsselland 649 in 2023-H1}: an amount for one period of a flow. */
    record Flow(Name area, Quantity value, PeriodLit period, Span span) implements QuotaEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFlow(this);
        }
    }

    /** {@code IJsselland backlog 100 in 2022-H2}: backlog carried into a period from before the model starts. */
    record Backlog(Name area, Quantity value, PeriodLit period, Span span) implements QuotaEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBacklog(this);
        }
    }

    /** {@code carry deficit}: what of an unmet (or exceeded) quota moves to the next period. */
    record Carry(Name policy, Span span) implements QuotaEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCarry(this);
        }
    }
}

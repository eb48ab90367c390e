package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/** A line inside a report block. */
public sealed interface ReportEntry {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of line; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitRows(Rows entry);

        R visitColumns(Columns entry);

        R visitAggregate(Aggregate entry);

        R visitTotal(Total entry);

        R visitFormat(Format entry);
    }

    /**
     * {@code rows expr [as "label"] [format ...]}: a grouped expression gives one row per group;
     * {@code format} (may be null) says how its numbers are written.
     */
    record Rows(Expr expr, String label, FormatSpec format, Span span) implements ReportEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitRows(this);
        }
    }

    /** {@code columns 2023-01-01, 2023-02 .. 2023-06 monthly}. */
    record Columns(List<ColumnSpec> specs, Span span) implements ReportEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitColumns(this);
        }

        public Columns {
            specs = List.copyOf(specs);
        }
    }

    /** {@code aggregate average}: how a level is summarised over a period column. */
    record Aggregate(Name how, Span span) implements ReportEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAggregate(this);
        }
    }

    /** {@code total ["label"]}: add a row summing the rows. */
    record Total(String label, Span span) implements ReportEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTotal(this);
        }
    }

    /** {@code format percent 1}: how the report writes the numbers of rows without a format of their own, and its total. */
    record Format(FormatSpec spec, Span span) implements ReportEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFormat(this);
        }
    }
}

package dev.caplan.parse;

import dev.caplan.ast.ReportEntry;
import dev.caplan.parse.antlr.CaplanParser.AggregateEntryContext;
import dev.caplan.parse.antlr.CaplanParser.ColumnsEntryContext;
import dev.caplan.parse.antlr.CaplanParser.RowsEntryContext;
import dev.caplan.parse.antlr.CaplanParser.TotalEntryContext;
import dev.caplan.source.Span;

/** Builds the entries of a report block (rows, columns, aggregation, total): one method per labelled alternative. */
final class ReportEntryBuilder extends Builder<ReportEntry> {
    private final ExprBuilder exprs;

    ReportEntryBuilder(Atoms atoms, ExprBuilder exprs) {
        super(atoms);
        this.exprs = exprs;
    }

    @Override
    public ReportEntry visitRowsEntry(RowsEntryContext c) {
        Span span = atoms.span(c);
        return new ReportEntry.Rows(exprs.visit(c.expr()), Atoms.unquoteOrNull(c.label), span);
    }

    @Override
    public ReportEntry visitColumnsEntry(ColumnsEntryContext c) {
        Span span = atoms.span(c);
        return new ReportEntry.Columns(atoms.columnSpecs(c.columnSpec()), span);
    }

    @Override
    public ReportEntry visitAggregateEntry(AggregateEntryContext c) {
        Span span = atoms.span(c);
        return new ReportEntry.Aggregate(atoms.name(c.aggregation), span);
    }

    @Override
    public ReportEntry visitTotalEntry(TotalEntryContext c) {
        Span span = atoms.span(c);
        return new ReportEntry.Total(Atoms.unquoteOrNull(c.label), span);
    }
}

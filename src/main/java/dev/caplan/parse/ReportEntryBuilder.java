package dev.caplan.parse;

import dev.caplan.ast.FormatSpec;
import dev.caplan.ast.Name;
import dev.caplan.ast.ReportEntry;
import dev.caplan.parse.antlr.CaplanParser.AggregateEntryContext;
import dev.caplan.parse.antlr.CaplanParser.ColumnsEntryContext;
import dev.caplan.parse.antlr.CaplanParser.FormatEntryContext;
import dev.caplan.parse.antlr.CaplanParser.FormatPartContext;
import dev.caplan.parse.antlr.CaplanParser.NumberFormatContext;
import dev.caplan.parse.antlr.CaplanParser.RowsEntryContext;
import dev.caplan.parse.antlr.CaplanParser.TotalEntryContext;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Builds the entries of a report block (rows, columns, aggregation, total, format): one method per labelled alternative. */
final class ReportEntryBuilder extends Builder<ReportEntry> {
    private final ExprBuilder exprs;

    ReportEntryBuilder(Atoms atoms, ExprBuilder exprs) {
        super(atoms);
        this.exprs = exprs;
    }

    @Override
    public ReportEntry visitRowsEntry(RowsEntryContext c) {
        Span span = atoms.span(c);
        FormatSpec format = c.numberFormat() == null ? null : format(c.numberFormat());
        return new ReportEntry.Rows(exprs.visit(c.expr()), Atoms.unquoteOrNull(c.label), format, span);
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

    @Override
    public ReportEntry visitFormatEntry(FormatEntryContext c) {
        Span span = atoms.span(c);
        return new ReportEntry.Format(format(c.numberFormat()), span);
    }

    private FormatSpec format(NumberFormatContext c) {
        List<FormatSpec.Part> parts = new ArrayList<>();
        for (FormatPartContext part : c.formatPart()) {
            Name word = new Name(part.word.getText(), false, atoms.span(part.word));
            String number = part.digits == null ? null : part.digits.getText();
            parts.add(new FormatSpec.Part(word, number, Atoms.unquoteOrNull(part.text), atoms.span(part)));
        }
        return new FormatSpec(parts, atoms.span(c));
    }
}

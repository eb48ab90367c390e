package dev.caplan.parse;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Item;
import dev.caplan.ast.ReplInput;
import dev.caplan.parse.antlr.CaplanParser.ReplCellContext;
import dev.caplan.parse.antlr.CaplanParser.ReplEmptyContext;
import dev.caplan.parse.antlr.CaplanParser.ReplExprContext;
import dev.caplan.parse.antlr.CaplanParser.ReplItemContext;
import dev.caplan.parse.antlr.CaplanParser.ReplSegmentContext;
import java.util.List;

/**
 * Builds one line of REPL input (a declaration, a location segment, a table cell, a query, or
 * nothing): one method per labelled alternative, with the model's builders for the pieces.
 */
final class ReplBuilder extends Builder<ReplInput> {
    private final ItemBuilder items;
    private final ExprBuilder exprs;
    private final LocationEntryBuilder locationEntries;

    ReplBuilder(Atoms atoms, ItemBuilder items, ExprBuilder exprs) {
        super(atoms);
        this.items = items;
        this.exprs = exprs;
        this.locationEntries = new LocationEntryBuilder(atoms);
    }

    @Override
    public ReplInput visitReplItem(ReplItemContext c) {
        return new ReplInput.Declaration(items.visit(c.item()));
    }

    @Override
    public ReplInput visitReplSegment(ReplSegmentContext c) {
        return new ReplInput.Segment(atoms.name(c.location), locationEntries.visit(c.locationEntry()));
    }

    @Override
    public ReplInput visitReplCell(ReplCellContext c) {
        Item.Cell value = items.cell(c.cell());
        return new ReplInput.Cell(atoms.name(c.table), atoms.name(c.row), atoms.period(c.column), value);
    }

    @Override
    public ReplInput visitReplExpr(ReplExprContext c) {
        List<ColumnSpec> over = atoms.columnSpecs(c.columnSpec());
        return new ReplInput.Expression(exprs.visit(c.expr()), over);
    }

    @Override
    public ReplInput visitReplEmpty(ReplEmptyContext c) {
        return new ReplInput.Empty();
    }
}

package dev.caplan.parse;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Item;
import dev.caplan.ast.ReplInput;
import dev.caplan.parse.antlr.CaplanParser.*;
import java.util.ArrayList;
import java.util.List;

/** Builds REPL input from its parse tree, with the model builder's pieces. */
final class ReplBuilder {
    private final AstBuilder atoms;

    ReplBuilder(AstBuilder atoms) {
        this.atoms = atoms;
    }

    ReplInput build(ReplInputContext ctx) {
        if (ctx instanceof ReplItemContext c) {
            return new ReplInput.Declaration(atoms.itemOf(c.item()));
        }
        if (ctx instanceof ReplSegmentContext c) {
            return new ReplInput.Segment(atoms.name(c.location), atoms.locationEntryOf(c.locationEntry()));
        }
        if (ctx instanceof ReplCellContext c) {
            CellContext cell = c.cell();
            Item.Cell value = new Item.Cell(cell.quantity() == null ? null : atoms.quantity(cell.quantity()),
                    atoms.span(cell));
            return new ReplInput.Cell(atoms.name(c.table), atoms.name(c.row), atoms.period(c.column), value);
        }
        if (ctx instanceof ReplExprContext c) {
            List<ColumnSpec> over = new ArrayList<>();
            c.columnSpec().forEach(spec -> over.add(atoms.columnSpec(spec)));
            return new ReplInput.Expression(atoms.expr(c.expr()), over);
        }
        return new ReplInput.Empty();
    }
}

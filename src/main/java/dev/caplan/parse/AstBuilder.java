package dev.caplan.parse;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.ReplInput;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanParser.ColumnSpecContext;
import dev.caplan.parse.antlr.CaplanParser.ExprContext;
import dev.caplan.parse.antlr.CaplanParser.ItemContext;
import dev.caplan.parse.antlr.CaplanParser.ModelContext;
import dev.caplan.parse.antlr.CaplanParser.PeriodContext;
import dev.caplan.parse.antlr.CaplanParser.ReplInputContext;
import dev.caplan.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Builds the immutable AST from ANTLR's parse tree for each entry point of {@link ModelParser}:
 * wires the builders of one file (one per family of labelled alternatives, sharing one
 * {@link Atoms}) and leaves out the items ANTLR had to repair.
 */
final class AstBuilder {
    private final Atoms atoms;
    private final ExprBuilder exprs;
    private final ItemBuilder items;

    private final SourceFile file;
    private final Diagnostics diagnostics;

    AstBuilder(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.atoms = new Atoms(file, diagnostics);
        this.exprs = new ExprBuilder(atoms);
        this.items = new ItemBuilder(atoms, exprs);
    }

    /**
     * The items of a file; when the file had syntax errors (at {@code errorOffsets}), those with an
     * error inside are left out: a repair in their tree, or an error reported within their text
     * (a token the parser conjured for a choice of keywords, {@code drop loca}, is in neither the
     * tree nor its error nodes, only in the error it reported).
     */
    List<Item> model(ModelContext ctx, List<Integer> errorOffsets) {
        List<Item> result = new ArrayList<>();
        for (ItemContext item : ctx.item()) {
            boolean repaired = !errorOffsets.isEmpty() && (containsError(item) || errorWithin(item, errorOffsets));
            if (!repaired && TreeLimits.check(item, file, diagnostics)) {
                result.add(items.visit(item));
            }
        }
        return result;
    }

    private static boolean errorWithin(ParserRuleContext item, List<Integer> errorOffsets) {
        int start = item.getStart().getStartIndex();
        int stop = item.getStop() == null ? start : item.getStop().getStopIndex();
        for (int offset : errorOffsets) {
            if (start <= offset && offset <= stop) {
                return true;
            }
        }
        return false;
    }

    Expr expr(ExprContext ctx) {
        return exprs.visit(ctx);
    }

    PeriodLit period(PeriodContext ctx) {
        return atoms.period(ctx);
    }

    List<ColumnSpec> columns(List<ColumnSpecContext> contexts) {
        return contexts.stream().map(atoms::columnSpec).toList();
    }

    ReplInput replInput(ReplInputContext ctx) {
        return new ReplBuilder(atoms, items, exprs).visit(ctx);
    }

    /** Whether ANTLR had to repair anything inside: such a subtree is not trusted to build an AST. */
    static boolean containsError(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext rule && (rule.exception != null || rule.getChildCount() == 0)) {
            return true; // no rule of an item matches nothing, so an empty one was conjured by recovery
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (containsError(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}

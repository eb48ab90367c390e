package dev.caplan.parse;

import dev.caplan.ast.BinaryOp;
import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.GroupKey;
import dev.caplan.parse.antlr.CaplanParser.AddExprContext;
import dev.caplan.parse.antlr.CaplanParser.AtExprContext;
import dev.caplan.parse.antlr.CaplanParser.CallExprContext;
import dev.caplan.parse.antlr.CaplanParser.CapacityExprContext;
import dev.caplan.parse.antlr.CaplanParser.CompareExprContext;
import dev.caplan.parse.antlr.CaplanParser.ExprContext;
import dev.caplan.parse.antlr.CaplanParser.GroupExprContext;
import dev.caplan.parse.antlr.CaplanParser.MultiplyExprContext;
import dev.caplan.parse.antlr.CaplanParser.NegateExprContext;
import dev.caplan.parse.antlr.CaplanParser.NumberExprContext;
import dev.caplan.parse.antlr.CaplanParser.ParenExprContext;
import dev.caplan.parse.antlr.CaplanParser.QuotaExprContext;
import dev.caplan.parse.antlr.CaplanParser.ReferenceExprContext;
import dev.caplan.source.Span;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/** Builds expressions: one method per labelled alternative of the {@code expr} rule; filters have their own builder. */
final class ExprBuilder extends Builder<Expr> {
    private final FilterBuilder filters;

    ExprBuilder(Atoms atoms) {
        super(atoms);
        this.filters = new FilterBuilder(atoms);
    }

    @Override
    public Expr visitParenExpr(ParenExprContext c) {
        return visit(c.expr()); // the printer puts parentheses back where precedence needs them
    }

    @Override
    public Expr visitNumberExpr(NumberExprContext c) {
        Span span = atoms.span(c);
        return new Expr.Number(atoms.quantity(c.quantity()), span);
    }

    @Override
    public Expr visitCapacityExpr(CapacityExprContext c) {
        Span span = atoms.span(c);
        return new Expr.Capacity(c.selector() == null ? List.of() : filters.visitAll(c.selector().filter()), span);
    }

    @Override
    public Expr visitCallExpr(CallExprContext c) {
        Span span = atoms.span(c);
        List<Expr> args = visitAll(c.expr());
        ColumnSpec over = c.over == null ? null : atoms.columnSpec(c.over);
        return new Expr.Call(atoms.word(c.fn), args, over, span);
    }

    @Override
    public Expr visitQuotaExpr(QuotaExprContext c) {
        Span span = atoms.span(c);
        return new Expr.QuotaRef(atoms.name(c.quota), atoms.name(c.area), span);
    }

    @Override
    public Expr visitReferenceExpr(ReferenceExprContext c) {
        Span span = atoms.span(c);
        return new Expr.Reference(atoms.name(c.name()), span);
    }

    @Override
    public Expr visitNegateExpr(NegateExprContext c) {
        Span span = atoms.span(c);
        return new Expr.Negate(visit(c.expr()), span);
    }

    @Override
    public Expr visitMultiplyExpr(MultiplyExprContext c) {
        return binary(c.op, c.expr(0), c.expr(1), atoms.span(c));
    }

    @Override
    public Expr visitAddExpr(AddExprContext c) {
        return binary(c.op, c.expr(0), c.expr(1), atoms.span(c));
    }

    @Override
    public Expr visitCompareExpr(CompareExprContext c) {
        return binary(c.op, c.expr(0), c.expr(1), atoms.span(c));
    }

    @Override
    public Expr visitGroupExpr(GroupExprContext c) {
        Span span = atoms.span(c);
        GroupKey key = GroupKey.valueOf(c.key.getText().toUpperCase(Locale.ROOT));
        return new Expr.GroupBy(visit(c.expr()), key, span);
    }

    @Override
    public Expr visitAtExpr(AtExprContext c) {
        Span span = atoms.span(c);
        return new Expr.At(visit(c.expr()), atoms.period(c.when), span);
    }

    private Expr binary(Token op, ExprContext left, ExprContext right, Span span) {
        return new Expr.Binary(BinaryOp.ofSymbol(op.getText()), visit(left), visit(right), span);
    }
}

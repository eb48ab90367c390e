package dev.caplan.parse;

import dev.caplan.ast.BinaryOp;
import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Filter;
import dev.caplan.ast.FilterAttribute;
import dev.caplan.ast.GroupKey;
import dev.caplan.ast.Name;
import dev.caplan.parse.antlr.CaplanParser.*;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The expression half of the AST builder: one small method per labelled expression alternative. */
final class ExprBuilder {
    private final AstBuilder atoms;

    ExprBuilder(AstBuilder atoms) {
        this.atoms = atoms;
    }

    Expr build(ExprContext ctx) {
        Span span = atoms.span(ctx);
        if (ctx instanceof ParenExprContext c) {
            return build(c.expr()); // the printer puts parentheses back where precedence needs them
        }
        if (ctx instanceof NumberExprContext c) {
            return new Expr.Number(atoms.quantity(c.quantity()), span);
        }
        if (ctx instanceof CapacityExprContext c) {
            return new Expr.Capacity(c.selector() == null ? List.of() : filters(c.selector()), span);
        }
        if (ctx instanceof CallExprContext c) {
            return call(c, span);
        }
        if (ctx instanceof QuotaExprContext c) {
            return new Expr.QuotaRef(atoms.name(c.quota), atoms.name(c.area), span);
        }
        if (ctx instanceof ReferenceExprContext c) {
            return new Expr.Reference(atoms.name(c.name()), span);
        }
        if (ctx instanceof NegateExprContext c) {
            return new Expr.Negate(build(c.expr()), span);
        }
        if (ctx instanceof MultiplyExprContext c) {
            return binary(c.op.getText(), c.expr(0), c.expr(1), span);
        }
        if (ctx instanceof AddExprContext c) {
            return binary(c.op.getText(), c.expr(0), c.expr(1), span);
        }
        if (ctx instanceof CompareExprContext c) {
            return binary(c.op.getText(), c.expr(0), c.expr(1), span);
        }
        if (ctx instanceof GroupExprContext c) {
            GroupKey key = GroupKey.valueOf(c.key.getText().toUpperCase(Locale.ROOT));
            return new Expr.GroupBy(build(c.expr()), key, span);
        }
        if (ctx instanceof AtExprContext c) {
            return new Expr.At(build(c.expr()), atoms.period(c.when), span);
        }
        throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
    }

    private Expr binary(String symbol, ExprContext left, ExprContext right, Span span) {
        return new Expr.Binary(BinaryOp.ofSymbol(symbol), build(left), build(right), span);
    }

    private Expr call(CallExprContext c, Span span) {
        List<Expr> args = new ArrayList<>();
        for (ExprContext arg : c.expr()) {
            args.add(build(arg));
        }
        ColumnSpec over = c.over == null ? null : atoms.columnSpec(c.over);
        Name function = new Name(c.fn.getText(), false, atoms.span(c.fn));
        return new Expr.Call(function, args, over, span);
    }

    private List<Filter> filters(SelectorContext selector) {
        List<Filter> filters = new ArrayList<>();
        for (FilterContext ctx : selector.filter()) {
            filters.add(filter(ctx));
        }
        return filters;
    }

    private Filter filter(FilterContext ctx) {
        Span span = atoms.span(ctx);
        if (ctx instanceof BareFilterContext c) {
            return new Filter.Bare(atoms.name(c.name()), span);
        }
        if (ctx instanceof EqualsFilterContext c) {
            return new Filter.Attribute(attribute(c.attribute()), c.op.getText().equals("!="), false,
                    List.of(atoms.name(c.name())), span);
        }
        if (ctx instanceof InFilterContext c) {
            List<Name> values = new ArrayList<>();
            for (NameContext name : c.name()) {
                values.add(atoms.name(name));
            }
            return new Filter.Attribute(attribute(c.attribute()), c.NOT() != null, true, values, span);
        }
        throw new IllegalStateException("unhandled filter " + ctx.getClass().getSimpleName());
    }

    private static FilterAttribute attribute(AttributeContext ctx) {
        return FilterAttribute.valueOf(ctx.getText().toUpperCase(Locale.ROOT));
    }
}

package dev.caplan.parse;

import dev.caplan.ast.Filter;
import dev.caplan.ast.FilterAttribute;
import dev.caplan.parse.antlr.CaplanParser.AttributeContext;
import dev.caplan.parse.antlr.CaplanParser.BareFilterContext;
import dev.caplan.parse.antlr.CaplanParser.EqualsFilterContext;
import dev.caplan.parse.antlr.CaplanParser.InFilterContext;
import dev.caplan.source.Span;
import java.util.List;
import java.util.Locale;

/** Builds the filters of a capacity selection ({@code capacity[kind = school]}): one method per labelled alternative. */
final class FilterBuilder extends Builder<Filter> {

    FilterBuilder(Atoms atoms) {
        super(atoms);
    }

    @Override
    public Filter visitBareFilter(BareFilterContext c) {
        Span span = atoms.span(c);
        return new Filter.Bare(atoms.name(c.name()), span);
    }

    @Override
    public Filter visitEqualsFilter(EqualsFilterContext c) {
        Span span = atoms.span(c);
        return new Filter.Attribute(attribute(c.attribute()), c.op.getText().equals("!="), false,
                List.of(atoms.name(c.name())), span);
    }

    @Override
    public Filter visitInFilter(InFilterContext c) {
        Span span = atoms.span(c);
        return new Filter.Attribute(attribute(c.attribute()), c.NOT() != null, true, atoms.names(c.name()), span);
    }

    private static FilterAttribute attribute(AttributeContext ctx) {
        return FilterAttribute.valueOf(ctx.getText().toUpperCase(Locale.ROOT));
    }
}

package dev.caplan.check;

import dev.caplan.ast.Filter;
import dev.caplan.ast.FilterAttribute;
import dev.caplan.ast.Name;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks that every name in a {@code capacity[...]} filter names something of the right sort. */
final class FilterChecker {
    private final Declarations declarations;
    private final NameKinds names;
    private final Diagnostics diagnostics;

    FilterChecker(Declarations declarations, NameKinds names, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.names = names;
        this.diagnostics = diagnostics;
    }

    /** Whether all filters resolve; every unresolved name is reported. */
    boolean check(List<Filter> filters) {
        boolean ok = true;
        for (Filter filter : filters) {
            ok &= filter.accept(resolves);
        }
        return ok;
    }

    /** Whether one filter's names resolve, reporting those that do not. */
    private final Filter.Visitor<Boolean> resolves = new Filter.Visitor<>() {
        @Override
        public Boolean visitBare(Filter.Bare bare) {
            return checkBare(bare.name());
        }

        @Override
        public Boolean visitAttribute(Filter.Attribute attribute) {
            boolean ok = true;
            for (Name value : attribute.values()) {
                ok &= checkValue(attribute.attribute(), value);
            }
            return ok;
        }
    };

    private boolean checkBare(Name name) {
        if (declarations.areas().containsKey(name.text()) || declarations.locations().containsKey(name.text())) {
            return true;
        }
        List<String> candidates = new ArrayList<>(declarations.areas().keySet());
        candidates.addAll(declarations.locations().keySet());
        String hint = NameHints.didYouMean(name.text(), candidates);
        if (hint == null) {
            hint = whatItIs(name);
        }
        diagnostics.error(Code.UNKNOWN_NAME, name.span(), "unknown area or location '" + name.text() + "'", hint);
        return false;
    }

    /** A bare filter names an area or location; say what else the name is, and how to select by it. */
    private String whatItIs(Name name) {
        for (FilterAttribute attribute : List.of(FilterAttribute.KIND, FilterAttribute.GROUP, FilterAttribute.TABLE)) {
            if (namespace(attribute).containsKey(name.text())) {
                String what = attribute == FilterAttribute.GROUP ? "target group" : attribute.keyword();
                return "'" + name.text() + "' is a " + what + ": write " + attribute.keyword() + " = " + name.source();
            }
        }
        return names.describe(name.text());
    }

    private boolean checkValue(FilterAttribute attribute, Name value) {
        Map<String, ?> namespace = namespace(attribute);
        if (namespace.containsKey(value.text())) {
            return true;
        }
        diagnostics.error(Code.UNKNOWN_NAME, value.span(), "unknown " + attribute.keyword() + " '" + value.text() + "'",
                NameHints.didYouMean(value.text(), namespace.keySet()));
        return false;
    }

    private Map<String, ?> namespace(FilterAttribute attribute) {
        return switch (attribute) {
            case AREA -> declarations.areas();
            case KIND -> declarations.kinds();
            case LOCATION -> declarations.locations();
            case GROUP -> declarations.groups();
            case TABLE -> declarations.tables();
        };
    }
}

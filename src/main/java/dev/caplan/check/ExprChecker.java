package dev.caplan.check;

import dev.caplan.ast.BinaryOp;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.check.ValueType.Dimension;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.source.Span;
import dev.caplan.time.Period;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the names in an expression and infers its type, reporting what cannot be computed:
 * unknown names and functions, a level where a plain number is expected, grouped values in
 * arithmetic. Returns null for an expression whose type is unknown because of an error already
 * reported, so one mistake gives one diagnostic.
 */
final class ExprChecker implements Expr.Visitor<ValueType> {
    private final Declarations declarations;
    private final Map<String, Item.Let> lets;
    private final Function<String, ValueType> letTypes;
    private final Diagnostics diagnostics;
    private final NameKinds names;
    private final FilterChecker filters;
    private final Map<Expr, ValueType> types = new IdentityHashMap<>();

    /** {@code names} says what a name is that is not a value here (a quota, a key, ...), for the hints. */
    ExprChecker(Declarations declarations, Map<String, Item.Let> lets, Function<String, ValueType> letTypes,
                NameKinds names, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.lets = lets;
        this.letTypes = letTypes;
        this.names = names;
        this.diagnostics = diagnostics;
        this.filters = new FilterChecker(declarations, names, diagnostics);
    }

    /** The type of an expression, checked once per node; later calls return the remembered type. */
    ValueType check(Expr expr) {
        if (types.containsKey(expr)) {
            return types.get(expr);
        }
        ValueType type = expr.accept(this);
        types.put(expr, type);
        return type;
    }

    /** The type of a node already checked, or null. */
    ValueType typeOf(Expr expr) {
        return types.get(expr);
    }

    Declarations declarations() {
        return declarations;
    }

    public ValueType visitNumber(Expr.Number expr) {
        return ValueType.NUMBER;
    }

    public ValueType visitCapacity(Expr.Capacity expr) {
        boolean ok = filters.check(expr.filters());
        return ok ? ValueType.LEVEL : null;
    }

    public ValueType visitReference(Expr.Reference expr) {
        String name = expr.name().text();
        if (!lets.containsKey(name)) {
            diagnostics.error(Code.UNKNOWN_NAME, expr.span(), "unknown name '" + name + "'", referenceHint(name));
            return null;
        }
        return letTypes.apply(name);
    }

    private String referenceHint(String name) {
        String what = whatItIs(name);
        if (what != null) {
            return what;
        }
        String close = NameHints.didYouMean(name, lets.keySet());
        return close != null ? close : "define it with: let " + name + " = ...";
    }

    /** What a declared name that is not a definition is, and how it is used; null for a name not declared. */
    private String whatItIs(String name) {
        if (declarations.areas().containsKey(name) || declarations.locations().containsKey(name)) {
            return "'" + name + "' is " + (declarations.areas().containsKey(name) ? "an area" : "a location")
                    + "; its places are capacity[" + new Name(name, false, null).source() + "]";
        }
        return names.describe(name);
    }

    public ValueType visitQuota(Expr.QuotaRef expr) {
        CheckedQuota quota = declarations.quotas().get(expr.quota().text());
        if (quota == null) {
            String hint = NameHints.didYouMean(expr.quota().text(), declarations.quotas().keySet());
            diagnostics.error(Code.UNKNOWN_NAME, expr.quota().span(), "unknown quota '" + expr.quota().text() + "'",
                    hint != null ? hint : lets.containsKey(expr.quota().text())
                            ? "'" + expr.quota().text() + "' is a definition; only quotas take [area]"
                            : names.describe(expr.quota().text()));
            return null;
        }
        if (!declarations.areas().containsKey(expr.area().text())) {
            diagnostics.error(Code.UNKNOWN_NAME, expr.area().span(), "unknown area '" + expr.area().text() + "'",
                    NameHints.didYouMean(expr.area().text(), declarations.areas().keySet()));
            return null;
        }
        return quota.flow() ? ValueType.flow(quota.per()) : ValueType.LEVEL;
    }

    public ValueType visitCall(Expr.Call expr) {
        return new CallChecker(this, diagnostics).check(expr);
    }

    public ValueType visitNegate(Expr.Negate expr) {
        ValueType operand = single(expr.operand());
        return operand;
    }

    public ValueType visitBinary(Expr.Binary expr) {
        if (expr.op() == BinaryOp.SUBTRACT && unknownHyphenatedName(expr)) {
            return null;
        }
        ValueType left = single(expr.left());
        ValueType right = single(expr.right());
        if (left == null || right == null) {
            return null;
        }
        if (left.isFlow() || right.isFlow()) {
            return new FlowRules(diagnostics).binary(expr, left, right);
        }
        Dimension l = left.dimension();
        Dimension r = right.dimension();
        BinaryOp op = expr.op();
        if (op.isComparison()) {
            return ValueType.TRUTH;
        }
        switch (op) {
            case ADD, SUBTRACT:
                return l == Dimension.LEVEL || r == Dimension.LEVEL ? ValueType.LEVEL : ValueType.NUMBER;
            case MULTIPLY:
                if (l == Dimension.LEVEL && r == Dimension.LEVEL) {
                    return levelAsNumber(expr.right().span(), "places times places has no meaning");
                }
                return l == Dimension.LEVEL || r == Dimension.LEVEL ? ValueType.LEVEL : ValueType.NUMBER;
            default: // DIVIDE
                if (l != Dimension.LEVEL && r == Dimension.LEVEL) {
                    return levelAsNumber(expr.right().span(), "a number divided by places has no meaning");
                }
                return l == Dimension.LEVEL && r != Dimension.LEVEL ? ValueType.LEVEL : ValueType.NUMBER;
        }
    }

    /**
     * {@code Olst-Wijhe} written bare parses as {@code Olst - Wijhe}. When the subtraction is written
     * without spaces and one of its names is not a definition, the name with a hyphen was meant:
     * reported once, on the first unknown part, with the quoted name. Between definitions that exist
     * it stays a subtraction.
     */
    private boolean unknownHyphenatedName(Expr.Binary expr) {
        if (!(expr.right() instanceof Expr.Reference)) {
            return false; // the common case, asked before the text is taken
        }
        String text = expr.span().text();
        String hint = NameHints.hyphenated(text);
        if (hint == null) {
            return false;
        }
        List<Name> parts = new ArrayList<>();
        if (!collectParts(expr, parts)) {
            return false;
        }
        for (Name part : parts) {
            if (!lets.containsKey(part.text())) {
                String what = whatItIs(text);
                diagnostics.error(Code.UNKNOWN_NAME, part.span(), "unknown name '" + part.text() + "'",
                        what == null ? hint : hint + " (" + what + ")");
                return true;
            }
        }
        return false;
    }

    /** The names of a chain of subtractions, left to right; false when something else is in it. */
    private static boolean collectParts(Expr expr, List<Name> parts) {
        if (expr instanceof Expr.Reference reference) {
            parts.add(reference.name());
            return true;
        }
        return expr instanceof Expr.Binary binary && binary.op() == BinaryOp.SUBTRACT
                && collectParts(binary.left(), parts) && collectParts(binary.right(), parts);
    }

    ValueType levelAsNumber(Span span, String why) {
        diagnostics.error(Code.LEVEL_AS_NUMBER, span, "a level (places on a day) is used where a number is expected",
                why + "; divide places by places for a ratio, or multiply places by a number");
        return null;
    }

    public ValueType visitGroupBy(Expr.GroupBy expr) {
        Optional<Grouping> grouping = Selection.of(expr.operand(), lets);
        if (grouping.isEmpty()) {
            diagnostics.error(Code.GROUPED_VALUE, expr.operand().span(), "only capacity, a quota or an actual can be "
                    + "grouped", "group a selection of locations, e.g. capacity[IJsselland] by " + expr.key().keyword()
                    + ", or a quota over the areas below one: azc_places[Netherlands] by province");
            check(expr.operand());
            return null;
        }
        ValueType operand = check(expr.operand());
        if (operand == null) {
            return null;
        }
        if (grouping.get() instanceof Grouping.AreaParts parts
                && !AreaGroupRules.dividesOverAreas(expr, parts, declarations, diagnostics)) {
            return null;
        }
        return operand.asGrouped();
    }

    public ValueType visitAt(Expr.At expr) {
        ValueType operand = check(expr.operand());
        if (operand != null && operand.isFlow()) {
            String period = expr.when().isValid() ? Period.containing(operand.per(), expr.when().period().start()).label()
                    : "2023-H1";
            diagnostics.error(Code.LEVEL_FLOW, expr.when().span(), "a flow has no value on a day: it is an amount per "
                    + FlowRules.noun(operand.per()), operand.grouped()
                    ? "show the amounts of a period: a report column " + period + ", or --over " + period
                    : "take the amount of a period: sum(" + expr.operand().span().text() + " over " + period + ")");
            return null;
        }
        return operand;
    }

    /** The type of an operand that must be a single series, not grouped. */
    ValueType single(Expr operand) {
        ValueType type = check(operand);
        if (type != null && type.grouped()) {
            diagnostics.error(Code.GROUPED_VALUE, operand.span(), "a grouped value cannot be used in arithmetic",
                    "group last: (a + b) by kind is not possible; compute per selection instead");
            return null;
        }
        return type;
    }
}

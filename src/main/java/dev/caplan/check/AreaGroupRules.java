package dev.caplan.check;

import dev.caplan.ast.AreaLevel;
import dev.caplan.ast.Expr;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;

/**
 * What {@code q[AREA] by LEVEL} needs to mean something: areas of that level below AREA. Reported
 * here rather than shown as rows of unknowns, since grouping by the wrong level is a mistake in
 * the model, not a gap in the data.
 */
final class AreaGroupRules {

    private AreaGroupRules() {
    }

    /**
     * Whether a quota (or actual) can be divided over the areas of the key's level below its area:
     * the key is an area level, below the area's, and some area of that level lies in it.
     */
    static boolean dividesOverAreas(Expr.GroupBy expr, Grouping.AreaParts parts, Declarations declarations,
                                    Diagnostics diagnostics) {
        AreaLevel level = expr.key().level();
        Area whole = declarations.areas().get(parts.quota().area().text());
        if (whole == null) {
            return false; // an unknown area, reported where the quota is read
        }
        String quota = expr.operand().span().text();
        String belowHint = whole.level() == AreaLevel.MUNICIPALITY ? "a municipality has no areas below it"
                : "group by a level below " + whole.level().keyword() + ", such as " + quota + " by "
                + AreaLevel.values()[whole.level().ordinal() + 1].keyword();
        if (level == null) {
            diagnostics.error(Code.GROUPED_VALUE, expr.span(), "a quota is divided over areas, not by "
                    + expr.key().keyword(), belowHint);
            return false;
        }
        if (level.ordinal() <= whole.level().ordinal()) {
            diagnostics.error(Code.WRONG_LEVEL, expr.span(), "'" + whole.name() + "' is a " + whole.level().keyword()
                    + ": no " + level.keyword() + " lies in it", belowHint);
            return false;
        }
        boolean any = declarations.areas().values().stream().anyMatch(a -> a.level() == level && a.isWithin(whole));
        if (!any) {
            diagnostics.error(Code.GROUPED_VALUE, expr.span(), "nothing to group: no " + level.keyword() + " lies in '"
                    + whole.name() + "'", "declare them: " + level.keyword() + " NAME in ...");
        }
        return any;
    }
}

package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.check.CheckedCheck;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.Finding;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a model's {@code check} conditions and compares its {@code reported} figures. A check is
 * judged on the expected values (counting tentative places, as the memos do); one that holds only
 * thanks to tentative places is found too. Failures name the days and both sides' values.
 */
public final class CheckRunner {
    private static final int MAX_DAYS_LISTED = 4;

    private final Evaluator evaluator;

    public CheckRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** What the checks and reported figures find; nothing for a check that holds or a figure that matches. */
    public List<Finding> run() {
        List<Finding> found = new ArrayList<>();
        for (CheckedCheck check : evaluator.model().checks()) {
            Finding finding = check(check);
            if (finding != null) {
                found.add(finding);
            }
        }
        for (Item.Reported figure : evaluator.model().reported()) {
            Finding mismatch = reported(figure);
            if (mismatch != null) {
                found.add(mismatch);
            }
        }
        return found;
    }

    private Finding check(CheckedCheck check) {
        Expr condition = check.item().condition();
        Single truth = evaluator.single(condition);
        String label = check.item().label();
        List<Integer> failing = Failures.days(truth, truth.expected(), check.columns());
        if (!failing.isEmpty()) {
            ContractEnds.Ends ends = new ContractEnds(evaluator).before(condition, failing.get(0));
            return new Finding.CheckFails(label, condition.span(), days(condition, failing, false),
                    more(failing), ends.listed(), ends.more());
        }
        List<Integer> firmFailing = Failures.days(truth, truth.firm(), check.columns());
        if (!firmFailing.isEmpty()) {
            return new Finding.HoldsOnlyTentatively(label, condition.span(), days(condition, firmFailing, true),
                    more(firmFailing));
        }
        return null;
    }

    private static int more(List<Integer> days) {
        return Math.max(0, days.size() - MAX_DAYS_LISTED);
    }

    /** The first few failing days, each with both sides of the comparison on it. */
    private List<Finding.FailingDay> days(Expr condition, List<Integer> days, boolean firm) {
        List<Finding.FailingDay> listed = new ArrayList<>();
        for (int day : days.subList(0, Math.min(days.size(), MAX_DAYS_LISTED))) {
            listed.add(sides(day == Days.BEGINNING ? null : Days.format(day), condition, day, firm));
        }
        return listed;
    }

    private Finding.FailingDay sides(String shown, Expr condition, int day, boolean firm) {
        return ComparedSides.of(condition, day)
                .map(c -> new Finding.FailingDay(shown, side(c.comparison().left(), c.day(), firm),
                        side(c.comparison().right(), c.day(), firm)))
                .orElse(new Finding.FailingDay(shown, null, null));
    }

    /** "azc = 1730", or just the number for a literal. */
    private Finding.Side side(Expr expr, int day, boolean firm) {
        Single value = evaluator.single(expr);
        BigDecimal onDay = (firm ? value.firm() : value.expected()).valueAt(day);
        return new Finding.Side(expr instanceof Expr.Number ? null : expr.span().text(), onDay);
    }

    private Finding reported(Item.Reported figure) {
        Single value;
        try {
            value = evaluator.single(figure.expr());
        } catch (EvalException e) {
            return new Finding.Failed(e.diagnostic());
        }
        if (!value.expected().isConstant()) {
            return new Finding.FigureNotOneNumber(figure.expr().span(), false);
        }
        if (!value.isKnownAt(0)) {
            return new Finding.FigureNotOneNumber(figure.expr().span(), true);
        }
        BigDecimal computed = value.expected().valueAt(0);
        BigDecimal written = figure.figure().value();
        BigDecimal tolerance = figure.tolerance() != null ? figure.tolerance().value()
                : written.ulp().divide(BigDecimal.valueOf(2));
        if (computed.subtract(written).abs().compareTo(tolerance) <= 0) {
            return null;
        }
        return new Finding.FigureDiffers(figure.label(), figure.figure().span(), figure.figure().source(),
                figure.figure().percent(), figure.expr().span().text(), computed,
                figure.tolerance() == null ? null : figure.tolerance().source());
    }
}

package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.check.CheckedCheck;
import dev.caplan.check.Column;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Severity;
import dev.caplan.eval.Value.Single;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a model's {@code check} conditions and compares its {@code reported} figures. A check is
 * judged on the expected values (counting tentative places, as the memos do); one that holds only
 * thanks to tentative places gets a warning. Failures name the days and both sides' values.
 */
public final class CheckRunner {
    private static final int MAX_DAYS_LISTED = 4;

    private final Evaluator evaluator;

    public CheckRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public List<Diagnostic> run() {
        List<Diagnostic> found = new ArrayList<>();
        for (CheckedCheck check : evaluator.model().checks()) {
            found.addAll(check(check));
        }
        for (Item.Reported figure : evaluator.model().reported()) {
            Diagnostic mismatch = reported(figure);
            if (mismatch != null) {
                found.add(mismatch);
            }
        }
        return found;
    }

    private List<Diagnostic> check(CheckedCheck check) {
        Expr condition = check.item().condition();
        Single truth = evaluator.single(condition);
        List<Integer> failing = Failures.days(truth, truth.expected(), check.columns());
        String what = check.item().label() != null ? "check '" + check.item().label() + "'" : "check";
        if (!failing.isEmpty()) {
            String message = what + " fails on " + describe(condition, failing, false);
            String hint = new ContractEnds(evaluator).hint(condition, failing.get(0));
            return List.of(new Diagnostic(Severity.ERROR, Code.CHECK_FAILED, message, condition.span(), hint));
        }
        List<Integer> firmFailing = Failures.days(truth, truth.firm(), check.columns());
        if (!firmFailing.isEmpty()) {
            String message = what + " holds only by counting tentative values; without them it fails on "
                    + describe(condition, firmFailing, true);
            return List.of(Diagnostic.warning(Code.CHECK_TENTATIVE, condition.span(), message)
                    .withHint("firm values leave out places marked with ?, such as extensions not yet granted"));
        }
        return List.of();
    }

    /** "2024-01-01: azc = 1730 < azc_places[IJsselland] = 1836 (short by 106)", for the first few days. */
    private String describe(Expr condition, List<Integer> days, boolean firm) {
        List<String> parts = new ArrayList<>();
        for (int day : days.subList(0, Math.min(days.size(), MAX_DAYS_LISTED))) {
            parts.add((day == Days.BEGINNING ? "every day" : Days.format(day)) + sides(condition, day, firm));
        }
        String more = days.size() > MAX_DAYS_LISTED ? " and " + (days.size() - MAX_DAYS_LISTED) + " more" : "";
        return String.join("; ", parts) + more;
    }

    private String sides(Expr condition, int day, boolean firm) {
        if (condition instanceof Expr.At at && at.when().isValid()) {
            return sides(at.operand(), at.when().period().start(), firm);
        }
        if (!(condition instanceof Expr.Binary binary) || !binary.op().isComparison()) {
            return "";
        }
        Single leftValue = evaluator.single(binary.left());
        Single rightValue = evaluator.single(binary.right());
        BigDecimal left = (firm ? leftValue.firm() : leftValue.expected()).valueAt(day);
        BigDecimal right = (firm ? rightValue.firm() : rightValue.expected()).valueAt(day);
        String gap = left.compareTo(right) < 0 ? " (short by " + Explainer.plain(right.subtract(left)) + ")"
                : " (over by " + Explainer.plain(left.subtract(right)) + ")";
        return ": " + side(binary.left(), left) + ", " + side(binary.right(), right) + gap;
    }

    private Diagnostic reported(Item.Reported figure) {
        Single value;
        try {
            value = evaluator.single(figure.expr());
        } catch (EvalException e) {
            return Diagnostic.error(Code.ARITHMETIC, e.span(), e.getMessage());
        }
        if (!value.expected().isConstant()) {
            return Diagnostic.error(Code.REPORTED_FORM, figure.expr().span(), "the reported figure is compared with "
                    + "a value that changes over time").withHint("say when: ... at 2023-01-01, or sum(x over 2023-H1)");
        }
        if (!value.isKnownAt(0)) {
            return Diagnostic.error(Code.ARITHMETIC, figure.expr().span(), "the value is unknown on that day: "
                    + "it divides by 0").withHint("check the divisor on that day");
        }
        BigDecimal computed = value.expected().valueAt(0);
        BigDecimal written = figure.figure().value();
        BigDecimal tolerance = figure.tolerance() != null ? figure.tolerance().value()
                : written.ulp().divide(BigDecimal.valueOf(2));
        if (computed.subtract(written).abs().compareTo(tolerance) <= 0) {
            return null;
        }
        String label = figure.label() != null ? " (" + figure.label() + ")" : "";
        String shown = figure.figure().percent() ? percent(computed) : Explainer.plain(computed);
        return Diagnostic.warning(Code.REPORTED_MISMATCH, figure.figure().span(), "the memo's figure " + figure.figure().source()
                + label + " does not match the model: " + figure.expr().span().text() + " = " + shown)
                .withHint("the tolerance is " + (figure.tolerance() != null ? figure.tolerance().source()
                        : "half a unit of the figure's last digit") + "; fix the model, or note why the memo differs");
    }

    /** "azc = 1730", or just "80" for a literal. */
    private static String side(Expr expr, BigDecimal value) {
        return expr instanceof Expr.Number ? Explainer.plain(value) : expr.span().text() + " = " + Explainer.plain(value);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}

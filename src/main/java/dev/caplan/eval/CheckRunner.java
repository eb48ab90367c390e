package dev.caplan.eval;

import dev.caplan.ast.BinaryOp;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.check.CheckedCheck;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.Finding;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            found.addAll(check(check));
        }
        for (Item.Reported figure : evaluator.model().reported()) {
            Finding mismatch = reported(figure);
            if (mismatch != null) {
                found.add(mismatch);
            }
        }
        return found;
    }

    /**
     * A check judged on the expected values: where it is false, and where it is unknown (unless it
     * says {@code if known}); when it holds, whether it holds without the tentative values too.
     */
    private List<Finding> check(CheckedCheck check) {
        Expr condition = check.item().condition();
        Single truth = evaluator.single(condition);
        String label = check.item().label();
        List<Failures.Stretch> all = Failures.of(truth, truth.expected(), check.columns());
        List<Failures.Stretch> unknown = check.item().ifKnown() ? List.of()
                : all.stream().filter(Failures.Stretch::unknown).toList();
        List<Failures.Stretch> failing = all.stream().filter(stretch -> !stretch.unknown()).toList();
        List<Finding> found = new ArrayList<>();
        if (!unknown.isEmpty()) {
            found.add(new Finding.CheckUnknown(label, condition.span(), stretches(condition, unknown, false),
                    more(unknown), unknownParts(condition, unknown.get(0).from())));
        }
        if (!failing.isEmpty()) {
            ContractEnds.Ends ends = new ContractEnds(evaluator).before(condition, failing.get(0).from());
            found.add(new Finding.CheckFails(label, condition.span(), stretches(condition, failing, false),
                    more(failing), ends.listed(), ends.more()));
        }
        if (found.isEmpty()) {
            List<Failures.Stretch> firmFailing = Failures.of(truth, truth.firm(), check.columns()).stream()
                    .filter(stretch -> !stretch.unknown()).toList();
            if (!firmFailing.isEmpty()) {
                found.add(new Finding.HoldsOnlyTentatively(label, condition.span(),
                        stretches(condition, firmFailing, true), more(firmFailing)));
            }
        }
        return found;
    }

    private static int more(List<Failures.Stretch> stretches) {
        return Math.max(0, stretches.size() - MAX_DAYS_LISTED);
    }

    /** The first few stretches, each with both sides of the comparison on its worst day. */
    private List<Finding.Stretch> stretches(Expr condition, List<Failures.Stretch> stretches, boolean firm) {
        List<Finding.Stretch> listed = new ArrayList<>();
        for (Failures.Stretch stretch : stretches.subList(0, Math.min(stretches.size(), MAX_DAYS_LISTED))) {
            String first = stretch.from() == Days.BEGINNING ? null : Days.format(stretch.from());
            String last = stretch.until() == Days.END ? null : Days.format(stretch.until() - 1);
            String period = stretch.period() == null ? null : stretch.period().label();
            Optional<ComparedSides.Sides> sides = stretch.unknown() ? Optional.empty()
                    : ComparedSides.of(condition, Days.BEGINNING);
            Integer worst = sides.map(s -> worstDay(s, stretch, firm)).orElse(null);
            if (worst == null) {
                listed.add(new Finding.Stretch(first, last, period, null, null, null));
            } else {
                Expr.Binary comparison = sides.get().comparison();
                listed.add(new Finding.Stretch(first, last, period, Days.format(worst),
                        side(comparison.left(), worst, firm), side(comparison.right(), worst, firm)));
            }
        }
        return listed;
    }

    /**
     * The day of a stretch on which the comparison misses by most (for {@code (a >= b) at D}: D);
     * null when that is no day in particular (a stretch since always).
     */
    private Integer worstDay(ComparedSides.Sides sides, Failures.Stretch stretch, boolean firm) {
        if (sides.day() != Days.BEGINNING) {
            return sides.day();
        }
        Single left = evaluator.single(sides.comparison().left());
        Single right = evaluator.single(sides.comparison().right());
        StepSeries gap = (firm ? left.firm() : left.expected()).minus(firm ? right.firm() : right.expected());
        BinaryOp op = sides.comparison().op();
        boolean wantsHigh = op == BinaryOp.GREATER || op == BinaryOp.GREATER_OR_EQUAL;
        Integer worst = null;
        BigDecimal worstMiss = null;
        for (int i = 0; i < gap.size(); i++) {
            int from = Math.max(gap.startAt(i), stretch.from());
            int until = i + 1 < gap.size() ? Math.min(gap.startAt(i + 1), stretch.until()) : stretch.until();
            if (from >= until) {
                continue;
            }
            BigDecimal value = gap.segmentValue(i);
            BigDecimal miss = wantsHigh ? value.negate() : op == BinaryOp.LESS || op == BinaryOp.LESS_OR_EQUAL
                    ? value : value.abs();
            if (worstMiss == null || miss.compareTo(worstMiss) > 0) {
                worstMiss = miss;
                worst = from;
            }
        }
        if (worst != null && worst == Days.BEGINNING) {
            return stretch.until() == Days.END ? null : stretch.until() - 1;
        }
        return worst;
    }

    /** The parts of a condition unknown on a day: a side of its comparison, or the condition itself. */
    private List<String> unknownParts(Expr condition, int day) {
        Optional<ComparedSides.Sides> sides = ComparedSides.of(condition, day);
        if (sides.isEmpty()) {
            return List.of(condition.span().text());
        }
        int on = sides.get().day();
        List<String> parts = new ArrayList<>();
        for (Expr side : List.of(sides.get().comparison().left(), sides.get().comparison().right())) {
            if (!evaluator.single(side).isKnownAt(on)) {
                parts.add(side.span().text());
            }
        }
        return parts.isEmpty() ? List.of(condition.span().text()) : parts;
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

package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Name;
import dev.caplan.check.Area;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Column;
import dev.caplan.check.QuotaLine;
import dev.caplan.eval.QuotaEvaluator.Parts;
import dev.caplan.eval.Value.Single;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a quota for an area: the line of the area that is in force, or its share of the
 * parent's quota by the key, with the exact share and how largest remainder rounded it.
 */
final class QuotaExplainer {
    private final Evaluator evaluator;
    private final Explainer explainer;
    private final Column column;

    QuotaExplainer(Evaluator evaluator, Explainer explainer, Column column) {
        this.evaluator = evaluator;
        this.explainer = explainer;
        this.column = column;
    }

    Explanation explain(Expr.QuotaRef ref, String head) {
        CheckedQuota quota = evaluator.model().quotas().get(ref.quota().text());
        String area = ref.area().text();
        int day = column.isDay() ? column.day() : column.period().start();
        QuotaLine line = lineInForce(quota, area, day);
        Area child = evaluator.model().areas().get(area);
        boolean keyed = quota.key() != null && quota.key().values().containsKey(area) && child.parent() != null;
        if (line != null) {
            List<Explanation> inputs = new ArrayList<>();
            inputs.add(Explanation.leaf("the quota's own line for " + area + ": " + line.span().text()
                    + (line.tentative() ? " (tentative)" : ""), line.span().location()));
            if (keyed) {
                inputs.add(new Explanation("without this line, the key would give:", null, derivation(ref, quota, child)));
            }
            return new Explanation(head, null, inputs);
        }
        if (!keyed) {
            return new Explanation(head, quota.span().location(), List.of(Explanation.leaf(
                    "no line for " + area + " on " + column.label() + (quota.key() == null ? ", and no key to derive one"
                            : ", and the key '" + quota.key().name() + "' has no share for it"), null)));
        }
        return new Explanation(head, null, derivation(ref, quota, child));
    }

    /** The child's share of its parent's quota by the key, and how the parent's quota came about. */
    private List<Explanation> derivation(Expr.QuotaRef ref, CheckedQuota quota, Area child) {
        Expr.QuotaRef parentRef = new Expr.QuotaRef(ref.quota(), new Name(child.parent().name(), false, ref.span()),
                ref.span());
        Single parent = (Single) evaluator.evaluate(parentRef);
        Parts parts = Parts.of(quota.key(), child, evaluator.model().areas());
        BigDecimal total = explainer.expected(parent);
        List<Apportionment.Allocation> allocations = parts.allocate(total);
        Apportionment.Allocation mine = allocations.get(parts.index());
        BigDecimal weight = parts.weights().get(parts.index());
        String share = quota.key().shares() ? weight.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : weight.stripTrailingZeros().toPlainString();
        String text = possessive(child.name()) + " share of " + possessive(child.parent().name()) + " "
                + Explainer.plain(total)
                + " by key '" + quota.key().name() + "' (" + share + (quota.key().shares() ? "" : " of "
                + Explainer.plain(parts.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add))) + "): exactly "
                + mine.exact().toPlainString() + ", " + rounding(parts, allocations, mine);
        List<Explanation> inputs = new ArrayList<>();
        inputs.add(Explanation.leaf(text, quota.key().spans().get(child.name()).location()));
        inputs.add(new Explainer(evaluator, column).explainQuotaParent(parentRef, child.parent().name()));
        return inputs;
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static String rounding(Parts parts, List<Apportionment.Allocation> all, Apportionment.Allocation mine) {
        if (mine.exact().stripTrailingZeros().scale() <= 0) {
            return "a whole number";
        }
        List<String> extras = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).extra() && i != parts.index()) {
                extras.add(parts.names().get(i));
            }
        }
        if (mine.extra()) {
            return "rounded up to " + mine.result() + ": its remainder is among the largest (largest remainder)";
        }
        return "rounded down to " + mine.result() + (extras.isEmpty() ? "" : ": the remaining place"
                + (extras.size() > 1 ? "s" : "") + " went to " + String.join(", ", extras) + " (larger remainder)");
    }

    private static QuotaLine lineInForce(CheckedQuota quota, String area, int day) {
        List<QuotaLine> lines = quota.lines().getOrDefault(area, List.of());
        QuotaLine inForce = null;
        for (QuotaLine line : lines) {
            if (line.from() <= day && day < line.until()) {
                inForce = line;
            }
        }
        return inForce;
    }
}

package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Name;
import dev.caplan.check.Area;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Column;
import dev.caplan.check.QuotaLine;
import dev.caplan.eval.QuotaEvaluator.Parts;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.Explanation.Step;
import dev.caplan.result.Explanation;
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

    Explanation explain(Expr.QuotaRef ref, Step head) {
        CheckedQuota quota = evaluator.model().quotas().get(ref.quota().text());
        String area = ref.area().text();
        int day = column.start();
        QuotaLine line = lineInForce(quota, area, day);
        Area child = evaluator.model().areas().get(area);
        boolean keyed = quota.key() != null && quota.key().values().containsKey(area) && child.parent() != null;
        if (line != null) {
            List<Explanation> inputs = new ArrayList<>();
            inputs.add(Explanation.leaf(new Explanation.QuotaLine(area, line.span().text(), line.tentative()),
                    line.span().location()));
            if (keyed) {
                inputs.add(new Explanation(new Explanation.Note("without this line, the key would give:"), null,
                        derivation(ref, quota, child)));
            }
            return new Explanation(head, null, inputs);
        }
        if (!keyed) {
            return new Explanation(head, quota.span().location(), List.of(Explanation.leaf(new Explanation.Note(
                    "no line for " + area + " on " + column.label() + (quota.key() == null ? ", and no key to derive one"
                            : ", and the key '" + quota.key().name() + "' has no share for it")), null)));
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
        Step parentHead = new Explanation.Value(parentRef.quota().text() + "[" + child.parent().name() + "]",
                explainer.cell(parent));
        if (total == null) {
            return List.of(explain(parentRef, parentHead));
        }
        List<Apportionment.Allocation> allocations = parts.allocate(total);
        Apportionment.Allocation mine = allocations.get(parts.index());
        List<String> extras = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            if (allocations.get(i).extra() && i != parts.index()) {
                extras.add(parts.names().get(i));
            }
        }
        Explanation.KeyShare share = new Explanation.KeyShare(child.name(), child.parent().name(), total,
                quota.key().name(), quota.key().shares(), parts.weights().get(parts.index()),
                parts.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add), mine.exact(),
                new BigDecimal(mine.result()), mine.extra(), extras);
        return List.of(Explanation.leaf(share, quota.key().spans().get(child.name()).location()),
                explain(parentRef, parentHead));
    }

    /**
     * Where what was realised comes from: the actual's own line in force on the day (or the first
     * day of the period), or that nothing is recorded then. The quota itself plays no part.
     */
    Explanation actual(Expr.QuotaRef ref) {
        CheckedQuota quota = evaluator.model().quotas().get(ref.quota().text());
        String area = ref.area().text();
        QuotaLine line = lineInForce(quota.actuals().getOrDefault(area, List.of()), column.start());
        if (line == null) {
            return Explanation.leaf(new Explanation.Note("nothing is recorded for " + area + " on " + column.label()
                    + ": the actual is unknown, not 0"), null);
        }
        return Explanation.leaf(new Explanation.Note("the actual's own line for " + area + ": " + line.span().text()),
                line.span().location());
    }

    private static QuotaLine lineInForce(CheckedQuota quota, String area, int day) {
        return lineInForce(quota.lines().getOrDefault(area, List.of()), day);
    }

    /** The last line that holds on the day. */
    private static QuotaLine lineInForce(List<QuotaLine> lines, int day) {
        QuotaLine inForce = null;
        for (QuotaLine line : lines) {
            if (line.from() <= day && day < line.until()) {
                inForce = line;
            }
        }
        return inForce;
    }
}

package dev.caplan.eval;

import dev.caplan.check.Area;
import dev.caplan.check.CheckedKey;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.QuotaLine;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates quotas per area. An area's own lines give its quota; where it has none (before its
 * first line, or for a flow's periods without a line) and the quota has a key, the area gets its
 * share of its parent's quota, apportioned by largest remainder so the shares add up exactly.
 * Tentative lines count in the expected value only: in the firm view an earlier firm line stays
 * in force.
 */
final class QuotaEvaluator {
    private final CheckedModel model;
    private static final StepSeries ONE = StepSeries.constant(BigDecimal.ONE);

    private final Map<String, Single> quotas = new HashMap<>();

    QuotaEvaluator(CheckedModel model) {
        this.model = model;
    }

    Single quota(CheckedQuota quota, String area) {
        String memo = quota.name() + "\u0000" + area;
        Single value = quotas.get(memo);
        if (value == null) {
            value = compute(quota, area);
            quotas.put(memo, value);
        }
        return value;
    }

    /**
     * What was realised: the actual lines only, unknown where there are none (before the first, in
     * a flow's periods without a line, after a level line's until until the next line).
     */
    Single actual(CheckedQuota quota, String area) {
        List<QuotaLine> lines = quota.actuals().getOrDefault(area, List.of());
        return own(quota, lines).withPer(quota.per());
    }

    private Single compute(CheckedQuota quota, String area) {
        List<QuotaLine> lines = quota.lines().getOrDefault(area, List.of());
        Single own = own(quota, lines);
        Area child = model.areas().get(area);
        CheckedKey key = quota.key();
        if (key == null || !key.values().containsKey(area) || child.parent() == null) {
            return own.withPer(quota.per());
        }
        Single parent = quota(quota, child.parent().name());
        List<QuotaLine> firmLines = lines.stream().filter(l -> !l.tentative()).toList();
        Parts parts = Parts.of(key, child, model.areas());
        StepSeries mask = mask(quota, lines);
        StepSeries expected = uncovered(share(parent.expected(), parts), mask).plus(own.expected());
        StepSeries firm = uncovered(share(parent.firm(), parts), mask(quota, firmLines)).plus(own.firm());
        StepSeries known = uncovered(parent.knownDays(), mask).plus(own.knownDays()).min(ONE);
        Single value = new Single(expected, firm).withPer(quota.per()).withKnown(known);
        if (!parent.hasBounds() && !own.hasBounds()) {
            return value;
        }
        return value.withBounds(uncovered(share(parent.lowOrExpected(), parts), mask).plus(own.lowOrExpected()),
                uncovered(share(parent.highOrExpected(), parts), mask).plus(own.highOrExpected()));
    }

    /** The derived series on the days the area's own lines do not decide. */
    private static StepSeries uncovered(StepSeries derived, StepSeries mask) {
        return derived.minus(derived.times(mask));
    }

    /** The days an area's own lines decide: every day from its first level line on, or each period with a flow line. */
    private static StepSeries mask(CheckedQuota quota, List<QuotaLine> lines) {
        if (lines.isEmpty()) {
            return StepSeries.ZERO;
        }
        if (!quota.flow()) {
            return StepSeries.segment(lines.get(0).from(), Days.END, BigDecimal.ONE);
        }
        return StepSeries.sum(lines.stream().map(l -> StepSeries.segment(l.from(), l.until(), BigDecimal.ONE)).toList())
                .min(StepSeries.constant(BigDecimal.ONE));
    }

    /**
     * An area's own lines as a series. A level line holds until the next line of the area (in the
     * firm view: the next firm line) or its own until; a flow line holds for its period. Known only
     * on the days a line holds: no line is not a quota of 0.
     */
    private static Single own(CheckedQuota quota, List<QuotaLine> all) {
        List<QuotaLine> firm = all.stream().filter(l -> !l.tentative()).toList();
        Single value = new Single(own(quota, all, QuotaLine::value), own(quota, firm, QuotaLine::value))
                .withKnown(own(quota, all, line -> BigDecimal.ONE).min(ONE));
        if (all.stream().noneMatch(l -> l.low() != null)) {
            return value;
        }
        return value.withBounds(own(quota, all, QuotaLine::lowOrValue), own(quota, all, QuotaLine::highOrValue));
    }

    private static StepSeries own(CheckedQuota quota, List<QuotaLine> lines, Function<QuotaLine, BigDecimal> value) {
        if (quota.flow()) {
            return Flows.ofLines(lines, value); // structural lines, and a period's own line over them
        }
        List<StepSeries> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            QuotaLine line = lines.get(i);
            int until = line.until();
            if (!quota.flow() && i + 1 < lines.size()) {
                until = Math.min(until, lines.get(i + 1).from());
            }
            parts.add(StepSeries.segment(line.from(), until, value.apply(line)));
        }
        return StepSeries.sum(parts);
    }

    /** The child's share of each value of the parent's series. */
    private static StepSeries share(StepSeries parent, Parts parts) {
        int[] days = new int[parent.size()];
        BigDecimal[] values = new BigDecimal[parent.size()];
        Map<BigDecimal, BigDecimal> cache = new HashMap<>();
        for (int i = 0; i < parent.size(); i++) {
            days[i] = parent.startAt(i);
            values[i] = cache.computeIfAbsent(parent.segmentValue(i), parts::allocation);
        }
        return StepSeries.steps(days, values);
    }

    /**
     * The parts a parent's quota is divided into: the child's siblings in the key (in key order),
     * and for a key of shares that does not give out everything, the rest that stays with the parent.
     */
    record Parts(List<String> names, List<BigDecimal> weights, int index) {

        static Parts of(CheckedKey key, Area child, Map<String, Area> areas) {
            List<String> names = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            BigDecimal given = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> entry : key.values().entrySet()) {
                Area area = areas.get(entry.getKey());
                if (area.parent() != null && area.parent().name().equals(child.parent().name())) {
                    names.add(entry.getKey());
                    weights.add(entry.getValue());
                    given = given.add(entry.getValue());
                }
            }
            if (key.shares() && given.compareTo(BigDecimal.ONE) < 0) {
                names.add("rest of " + child.parent().name());
                weights.add(BigDecimal.ONE.subtract(given));
            }
            return new Parts(List.copyOf(names), List.copyOf(weights), names.indexOf(child.name()));
        }

        /** The child's whole share of {@code total}; a negative total is divided as its opposite. */
        BigDecimal allocation(BigDecimal total) {
            if (total.signum() == 0) {
                return BigDecimal.ZERO;
            }
            List<Apportionment.Allocation> allocations = allocate(total);
            BigDecimal share = new BigDecimal(allocations.get(index).result());
            return total.signum() < 0 ? share.negate() : share;
        }

        /** Largest remainder divides whole numbers; the checker lets only whole lines into a quota by key. */
        List<Apportionment.Allocation> allocate(BigDecimal total) {
            if (total.stripTrailingZeros().scale() > 0) {
                throw new IllegalStateException("a key divides whole numbers, not " + total.toPlainString());
            }
            BigInteger whole = total.toBigIntegerExact().abs();
            return Apportionment.allocate(whole, weights);
        }
    }
}

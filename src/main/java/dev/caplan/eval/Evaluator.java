package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.GroupKey;
import dev.caplan.ast.Item;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedQuota;
import dev.caplan.check.Grouping;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.check.Selection;
import dev.caplan.diag.Code;
import dev.caplan.eval.Value.Grouped;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.Comparison;
import dev.caplan.series.StepSeries;
import dev.caplan.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The evaluate stage: turns checked expressions into series. Definitions and location series are
 * computed once and remembered, so after a REPL tweak a new evaluator can take over all that the
 * change did not touch ({@link #adopt}, {@link #reuseSums}) and recompute nothing else. Capacity
 * selections and groupings are cached per expression node, in identity maps because equal-looking
 * expressions in different places are different nodes.
 */
public final class Evaluator implements Expr.Visitor<Value> {
    private final CheckedModel model;
    private final LocationSelector selector;
    private Map<String, Value> definitions = new HashMap<>();
    private Map<String, Single> locations = new HashMap<>();
    /** The series of each kind of a location whose kind changes, by location and kind name. */
    private Map<String, Map<String, Single>> locationKinds = new HashMap<>();
    private final Map<Expr.Capacity, Single> sums = new IdentityHashMap<>();
    private final Map<Expr.GroupBy, GroupSums> groupings = new IdentityHashMap<>();
    private final QuotaEvaluator quotas;

    public Evaluator(CheckedModel model) {
        this.model = model;
        this.selector = new LocationSelector(model);
        this.quotas = new QuotaEvaluator(model);
    }

    public CheckedModel model() {
        return model;
    }

    /** Evaluates a checked expression; throws {@link EvalException} for arithmetic that fails on some day. */
    public Value evaluate(Expr expr) {
        return expr.accept(this);
    }

    /** The value of a definition, computed on first use. */
    public Value definition(String name) {
        Value value = definitions.get(name);
        if (value == null) {
            Item.Let let = model.lets().get(name);
            value = evaluate(let.expr());
            definitions.put(name, value);
        }
        return value;
    }

    /**
     * Takes over what another evaluator remembered, except what a change touched: its definition
     * values but {@code recomputed}, its location series but {@code changedLocations}. The maps are
     * moved, not copied (a national model remembers 10,000 location series), so {@code previous}
     * is left empty: ask it for nothing afterwards.
     */
    public void adopt(Evaluator previous, Set<String> recomputed, Set<String> changedLocations) {
        Map<String, Single> fresh = locations;
        Map<String, Map<String, Single>> freshKinds = locationKinds;
        definitions = previous.definitions;
        locations = previous.locations;
        locationKinds = previous.locationKinds;
        previous.definitions = new HashMap<>();
        previous.locations = new HashMap<>();
        previous.locationKinds = new HashMap<>();
        recomputed.forEach(definitions::remove);
        changedLocations.forEach(locations::remove);
        changedLocations.forEach(locationKinds::remove);
        locations.putAll(fresh);
        locationKinds.putAll(freshKinds);
    }

    /**
     * Takes over the previous evaluator's sums of capacity selections (and groupings), corrected by
     * the difference each changed location makes: a sum over 10,000 locations after one location
     * changed is the old sum minus its old places plus its new ones. Only for expressions of
     * unedited files (the same nodes) read the same way; a change that creates a new group, or a
     * changed location with unknown days (which a difference cannot take out of a sum's unknown
     * days), makes that sum be computed again.
     */
    public void reuseSums(Evaluator previous, Set<String> changedLocations) {
        previous.sums.forEach((capacity, sum) -> {
            Single adjusted = adjusted(sum, capacity, previous, changedLocations);
            if (adjusted != null) {
                sums.put(capacity, adjusted);
            }
        });
        previous.groupings.forEach((groupBy, grouped) -> {
            GroupSums adjusted = adjusted(grouped, groupBy, previous, changedLocations);
            if (adjusted != null) {
                groupings.put(groupBy, adjusted);
            }
        });
    }

    private Single adjusted(Single sum, Expr.Capacity capacity, Evaluator previous, Set<String> changed) {
        Single result = sum;
        for (String name : changed) {
            Location before = previous.model.locations().get(name);
            Location after = model.locations().get(name);
            if (hasUnknownDays(before) || hasUnknownDays(after)) {
                return null;
            }
            Counted was = before == null ? null : previous.selector.counted(capacity.filters(), before);
            Counted is = after == null ? null : selector.counted(capacity.filters(), after);
            if (was != null) {
                result = result.minus(previous.series(was));
            }
            if (is != null) {
                result = result.combine(series(is), StepSeries::plus);
            }
        }
        return result;
    }

    /**
     * A grouping after an edit: each changed location's old places taken out of their groups and
     * its new ones added. A group the edit creates or empties (one no location falls in any more)
     * makes the grouping be computed again, so its rows are those a fresh evaluation shows.
     */
    private GroupSums adjusted(GroupSums sums, Expr.GroupBy groupBy, Evaluator previous, Set<String> changed) {
        Expr.Capacity capacity = previous.groupedCapacity(groupBy);
        List<String> labels = sums.value().labels();
        List<Single> members = new ArrayList<>(sums.value().members());
        int[] counts = sums.counts().clone();
        for (String name : changed) {
            Location before = previous.model.locations().get(name);
            Location after = model.locations().get(name);
            if (hasUnknownDays(before) || hasUnknownDays(after)) {
                return null;
            }
            Counted was = before == null ? null : previous.selector.counted(capacity.filters(), before);
            Counted is = after == null ? null : selector.counted(capacity.filters(), after);
            if (was != null) {
                for (LocationSelector.Piece piece : previous.selector.pieces(was, groupBy.key())) {
                    int group = labels.indexOf(piece.label());
                    members.set(group, members.get(group).minus(previous.series(was, piece)));
                    counts[group]--;
                }
            }
            if (is != null) {
                for (LocationSelector.Piece piece : selector.pieces(is, groupBy.key())) {
                    int group = labels.indexOf(piece.label());
                    if (group < 0) {
                        return null; // a group that did not exist: sum it all again
                    }
                    members.set(group, members.get(group).combine(series(is, piece), StepSeries::plus));
                    counts[group]++;
                }
            }
        }
        for (int count : counts) {
            if (count == 0) {
                return null;
            }
        }
        return new GroupSums(new Grouped(sums.value().key(), labels, members), counts);
    }

    /** A grouping of capacity, with how many locations' places each group sums (to see a group empty). */
    private record GroupSums(Grouped value, int[] counts) {
    }

    private static boolean hasUnknownDays(Location location) {
        return location != null && location.segments().stream().anyMatch(Segment::unknown);
    }

    /** The capacity series of one location: all its segments, and the firm ones apart. */
    public Single location(Location location) {
        return locations.computeIfAbsent(location.name(), name -> PlaceSeries.of(location.segments()));
    }

    /** The series of what a selection counts of a location: the location's own, or its places of some kinds. */
    Single series(Counted counted) {
        if (counted.isWhole()) {
            return location(counted.location());
        }
        List<Single> kinds = new ArrayList<>(counted.kinds().size());
        counted.kinds().forEach(kind -> kinds.add(ofKind(counted.location(), kind.name())));
        return PlaceSeries.sum(kinds);
    }

    /** The series of what goes into one group: all that is counted, or (by kind) the places of one kind. */
    private Single series(Counted counted, LocationSelector.Piece piece) {
        return piece.kind() == null ? series(counted) : ofKind(counted.location(), piece.kind().name());
    }

    /** A location's places of one kind; only asked of a location whose kind changes. */
    private Single ofKind(Location location, String kind) {
        return locationKinds.computeIfAbsent(location.name(), name -> new HashMap<>())
                .computeIfAbsent(kind, k -> PlaceSeries.of(location.segmentsOf(k)));
    }

    public Value visitNumber(Expr.Number expr) {
        if (expr.value().tentative() && model.firmView()) {
            return Single.ZERO; // in the firm view a tentative number does not exist, like tentative places
        }
        StepSeries value = StepSeries.constant(expr.value().value());
        Single number = expr.value().tentative() ? new Single(value, StepSeries.ZERO) : Single.firm(value);
        if (!expr.value().isRange()) {
            return number;
        }
        return number.withBounds(StepSeries.constant(expr.value().low()), StepSeries.constant(expr.value().high()));
    }

    public Value visitCapacity(Expr.Capacity expr) {
        return sums.computeIfAbsent(expr, e -> sumCounted(selector.select(expr.filters())));
    }

    private Single sumCounted(List<Counted> selected) {
        List<Single> series = new ArrayList<>(selected.size());
        selected.forEach(counted -> series.add(series(counted)));
        return PlaceSeries.sum(series);
    }

    /** Whether a capacity selection counts any of the location's places. */
    boolean selects(Expr.Capacity capacity, Location location) {
        return selector.counted(capacity.filters(), location) != null;
    }

    /** What a capacity selection counts, location by location. */
    List<Counted> select(Expr.Capacity capacity) {
        return selector.select(capacity.filters());
    }

    public Value visitReference(Expr.Reference expr) {
        return definition(expr.name().text());
    }

    public Value visitQuota(Expr.QuotaRef expr) {
        return quotas.quota(model.quotas().get(expr.quota().text()), expr.area().text());
    }

    /** What was realised against a quota in an area. */
    Single actual(Expr.QuotaRef ref) {
        return quotas.actual(model.quotas().get(ref.quota().text()), ref.area().text());
    }

    /** The backlog ledger of a flow quota in an area. */
    public Ledger ledger(Expr.QuotaRef ref) {
        CheckedQuota quota = model.quotas().get(ref.quota().text());
        return Ledger.of(quota, ref.area().text(), (Single) visitQuota(ref), actual(ref));
    }

    public Value visitCall(Expr.Call expr) {
        return new CallEvaluator(this).evaluate(expr);
    }

    public Value visitNegate(Expr.Negate expr) {
        return single(expr.operand()).negate();
    }

    public Value visitBinary(Expr.Binary expr) {
        Single left = single(expr.left());
        Single right = single(expr.right());
        return arithmetic(expr.span(), () -> switch (expr.op()) {
            case ADD -> left.combine(right, StepSeries::plus);
            case SUBTRACT -> left.minus(right);
            case MULTIPLY -> left.extremes(right, StepSeries::times);
            case DIVIDE -> ratio(left, right);
            case LESS -> compare(left, right, Comparison.LT);
            case LESS_OR_EQUAL -> compare(left, right, Comparison.LE);
            case GREATER -> compare(left, right, Comparison.GT);
            case GREATER_OR_EQUAL -> compare(left, right, Comparison.GE);
            case EQUAL -> compare(left, right, Comparison.EQ);
            case NOT_EQUAL -> compare(left, right, Comparison.NE);
        });
    }

    /**
     * Division. Where the divisor is 0 the quotient is unknown rather than an error: a ratio of
     * two series is usually asked about days on which both exist, and asking for an unknown day
     * is reported then. A flow divided by a flow is a plain ratio, no longer an amount per period.
     */
    private static Single ratio(Single left, Single right) {
        StepSeries zero = StepSeries.ZERO;
        StepSeries nonZero = right.expected().compare(zero, Comparison.NE).min(right.firm().compare(zero, Comparison.NE));
        Single safe = right.map(divisor -> divisor.plus(divisor.compare(zero, Comparison.EQ)));
        Single result = safe.hasBounds() && straddlesZero(safe) ? left.combine(safe, StepSeries::dividedBy).exact()
                : left.extremes(safe, StepSeries::dividedBy);
        StepSeries known = result.known() == null ? nonZero : result.known().min(nonZero);
        result = result.withKnown(known.isConstant() && known.valueAt(0).signum() != 0 ? null : known);
        return left.isFlow() && right.isFlow() ? result.withPer(null) : result;
    }

    /** Whether a divisor's bounds include 0 on some day: then the quotient has no finite bounds. */
    private static boolean straddlesZero(Single divisor) {
        StepSeries zero = StepSeries.ZERO;
        StepSeries lowAtMostZero = divisor.low().compare(zero, Comparison.LE);
        StepSeries highAtLeastZero = divisor.high().compare(zero, Comparison.GE);
        return !lowAtMostZero.min(highAtLeastZero).isZero();
    }

    private static Single compare(Single left, Single right, Comparison comparison) {
        return left.exact().combine(right.exact(), (a, b) -> a.compare(b, comparison));
    }

    /** Runs series arithmetic, turning a failure on some day into an error located at the expression. */
    static <T> T arithmetic(Span span, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ArithmeticException e) {
            String hint = e.getMessage().startsWith("division by zero") ? "a selection is 0 outside the dates its "
                    + "places exist; compute the ratio at a date (... at 2023-07-01) or divide by max(x, 1)" : null;
            throw new EvalException(Code.ARITHMETIC, span, e.getMessage(), hint);
        }
    }

    public Value visitGroupBy(Expr.GroupBy expr) {
        Grouping grouping = Selection.of(expr.operand(), model.lets()).orElseThrow(); // the checker made sure
        if (grouping instanceof Grouping.AreaParts parts) {
            return AreaParts.of(model, quotas, parts, expr.key());
        }
        Expr.Capacity capacity = ((Grouping.Places) grouping).selection();
        return groupings.computeIfAbsent(expr, e -> group(selector.select(capacity.filters()), expr.key())).value();
    }

    /** The capacity selection a grouping of places sums, through definitions. */
    private Expr.Capacity groupedCapacity(Expr.GroupBy expr) {
        return ((Grouping.Places) Selection.of(expr.operand(), model.lets()).orElseThrow()).selection();
    }

    private GroupSums group(List<Counted> selected, GroupKey key) {
        Map<Integer, String> labels = new TreeMap<>();
        Map<String, List<Single>> members = new HashMap<>();
        for (Counted counted : selected) {
            for (LocationSelector.Piece piece : selector.pieces(counted, key)) {
                labels.putIfAbsent(piece.order(), piece.label());
                members.computeIfAbsent(piece.label(), k -> new ArrayList<>()).add(series(counted, piece));
            }
        }
        List<String> ordered = new ArrayList<>(labels.values());
        List<Single> series = new ArrayList<>();
        int[] counts = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            List<Single> group = members.get(ordered.get(i));
            series.add(PlaceSeries.sum(group));
            counts[i] = group.size();
        }
        return new GroupSums(new Grouped(key.keyword(), ordered, series), counts);
    }

    public Value visitAt(Expr.At expr) {
        int day = expr.when().period().start();
        Value operand = evaluate(expr.operand());
        if (operand instanceof Grouped grouped) {
            return grouped.map(member -> at(member, day));
        }
        return at((Single) operand, day);
    }

    /** The value on one day, as a constant: unknown (or partial) on every day when it is on that day. */
    private static Single at(Single value, int day) {
        Single constant = value.map(series -> StepSeries.constant(series.valueAt(day)));
        return constant.withKnown(value.isKnownAt(day) ? null : StepSeries.ZERO)
                .withPartial(value.isPartialAt(day) ? StepSeries.constant(BigDecimal.ONE) : null);
    }

    /** Evaluates an operand the checker has proven to be a single series. */
    Single single(Expr operand) {
        return (Single) evaluate(operand);
    }
}

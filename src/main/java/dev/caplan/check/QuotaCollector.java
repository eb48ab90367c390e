package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.Quantity;
import dev.caplan.ast.QuotaEntry;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import dev.caplan.time.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves quotas, their actuals and distribution keys: areas exist, numbers are whole, a flow's
 * periods are of its kind, a level's lines do not repeat a date, an actual matches its quota.
 */
final class QuotaCollector {
    private final Diagnostics diagnostics;
    private final NameTable<Area> areas;
    private final NameTable<CheckedKey> keys = new NameTable<>("key");
    private final NameTable<CheckedQuota> quotas = new NameTable<>("quota");

    private final boolean withoutTentative;

    QuotaCollector(Diagnostics diagnostics, NameTable<Area> areas, boolean withoutTentative) {
        this.diagnostics = diagnostics;
        this.areas = areas;
        this.withoutTentative = withoutTentative;
    }

    Map<String, CheckedQuota> collect(ItemsByKind items) {
        for (Item.Key key : items.keys) {
            CheckedKey checked = new KeyCollector(diagnostics, areas).key(key);
            if (checked != null) {
                keys.declare(key.name(), checked, diagnostics);
            }
        }
        Map<String, List<Item.Actual>> actuals = new LinkedHashMap<>();
        for (Item.Actual actual : items.actuals) {
            actuals.computeIfAbsent(actual.name().text(), k -> new ArrayList<>()).add(actual);
        }
        for (Item.Quota quota : items.quotas) {
            CheckedQuota checked = quota(quota, actuals.getOrDefault(quota.name().text(), List.of()));
            if (checked != null) {
                quotas.declare(quota.name(), checked, diagnostics);
            }
        }
        for (List<Item.Actual> group : actuals.values()) {
            Name name = group.get(0).name();
            if (!quotas.contains(name.text())) {
                diagnostics.error(Code.UNKNOWN_NAME, name.span(), "actual of unknown quota '" + name.text() + "'",
                        NameHints.didYouMean(name.text(), quotas.asMap().keySet()));
            }
        }
        return quotas.asMap();
    }

    private CheckedQuota quota(Item.Quota quota, List<Item.Actual> actuals) {
        PeriodKind per = per(quota);
        if (quota.flow() && per == null) {
            return null;
        }
        CheckedKey key = null;
        if (quota.key() != null) {
            key = keys.resolve(quota.key(), diagnostics);
        }
        Entries own = new Entries(quota.flow(), per, false);
        quota.entries().forEach(entry -> entry.accept(own));
        Entries realised = new Entries(quota.flow(), per, true);
        actuals.forEach(actual -> actual.entries().forEach(entry -> entry.accept(realised)));
        sortAndCheck(own.lines, quota.flow());
        sortAndCheck(realised.lines, quota.flow());
        return new CheckedQuota(quota.name().text(), quota.title(), quota.flow(), per, key, own.lines, realised.lines,
                own.backlog, own.carry, quota.span());
    }

    /** The lines of a quota block (or, with {@code actual} set, of its actuals) by area. */
    private final class Entries implements QuotaEntry.Visitor<Void> {
        private final boolean flow;
        private final PeriodKind per;
        private final boolean actual;
        final Map<String, List<QuotaLine>> lines = new LinkedHashMap<>();
        final Map<String, List<QuotaLine>> backlog = new LinkedHashMap<>();
        CarryPolicy carry = CarryPolicy.NONE;

        Entries(boolean flow, PeriodKind per, boolean actual) {
            this.flow = flow;
            this.per = per;
            this.actual = actual;
        }

        @Override
        public Void visitLevel(QuotaEntry.Level level) {
            if (flow) {
                diagnostics.error(Code.QUOTA, level.span(), "a flow quota gives an amount per period",
                        "write: " + level.area().source() + " " + level.value().source() + " in 2023-H1");
            } else {
                add(lines, line(level.area(), level.value(), level.from(), level.until(), null, false));
            }
            return null;
        }

        @Override
        public Void visitFlow(QuotaEntry.Flow amount) {
            if (!flow) {
                diagnostics.error(Code.QUOTA, amount.span(), "a level quota gives places from a date",
                        "write: " + amount.area().source() + " " + amount.value().source() + " from 2023-01-01");
            } else {
                add(lines, line(amount.area(), amount.value(), amount.period(), null, per, true));
            }
            return null;
        }

        @Override
        public Void visitBacklog(QuotaEntry.Backlog entry) {
            if (actual) {
                notInActual(entry);
            } else if (!flow) {
                diagnostics.error(Code.QUOTA, entry.span(), "only a flow quota has a backlog",
                        "a level quota says how many places are needed; write: quota NAME flow per half-year");
            } else {
                add(backlog, line(entry.area(), entry.value(), entry.period(), null, per, true));
            }
            return null;
        }

        @Override
        public Void visitCarry(QuotaEntry.Carry entry) {
            if (actual) {
                notInActual(entry);
            } else {
                carry = carry(entry, flow, carry);
            }
            return null;
        }

        private void notInActual(QuotaEntry entry) {
            diagnostics.error(Code.QUOTA, entry.span(), "an actual records what was realised; "
                    + "carry and backlog belong in the quota", null);
        }
    }

    private PeriodKind per(Item.Quota quota) {
        if (!quota.flow()) {
            if (quota.per() != null) {
                diagnostics.error(Code.QUOTA, quota.per().span(), "a level quota has no period",
                        "per belongs to flows: quota " + quota.name().source() + " flow per half-year");
            }
            return null;
        }
        if (quota.per() == null) {
            diagnostics.error(Code.QUOTA, quota.name().span(), "a flow quota needs a period: per month, quarter, ...",
                    "write: quota " + quota.name().source() + " flow per half-year { ... }");
            return null;
        }
        String word = quota.per().text();
        for (Step step : Step.values()) {
            String noun = step.periodKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (word.equals(noun) || word.equals(step.keyword()) || word.equals(noun.replace("-", ""))) {
                return step.periodKind();
            }
        }
        diagnostics.error(Code.QUOTA, quota.per().span(), "unknown period '" + word + "'",
                "write per day, week, month, quarter, half-year or year");
        return null;
    }

    private CarryPolicy carry(QuotaEntry.Carry entry, boolean flow, CarryPolicy current) {
        String word = entry.policy().text();
        for (CarryPolicy policy : CarryPolicy.values()) {
            if (policy.keyword().equals(word)) {
                if (!flow) {
                    diagnostics.error(Code.QUOTA, entry.span(), "only a flow quota carries a backlog", null);
                }
                return policy;
            }
        }
        diagnostics.error(Code.QUOTA, entry.policy().span(), "unknown carry policy '" + word + "'",
                "carry deficit, carry surplus, carry both or carry none");
        return current;
    }

    /** A line, or null after reporting; for flows {@code from} is the period and must be of kind {@code per}. */
    private QuotaLine line(Name area, Quantity value, PeriodLit from, PeriodLit until, PeriodKind per, boolean flow) {
        Area resolved = areas.resolve(area, diagnostics);
        boolean ok = resolved != null & valid(from) & valid(until) & Whole.require(value, "a quota", diagnostics);
        if (!ok) {
            return null;
        }
        if (flow) {
            Period period = from.period();
            if (period.kind() != per) {
                diagnostics.error(Code.QUOTA, from.span(), from.text() + " is not a " + noun(per)
                        + ", and this quota counts per " + noun(per), "name one " + noun(per) + ", e.g. "
                        + Period.containing(per, period.start()).label());
                return null;
            }
            return new QuotaLine(area.text(), period.start(), period.end(), value.value(), value.tentative(), value.low(),
                    value.high(), value.span());
        }
        int start = from == null ? Days.BEGINNING : from.period().start();
        int end = until == null ? Days.END : until.period().start();
        if (end <= start) {
            diagnostics.error(Code.EMPTY_PERIOD, until.span(), "this line ends before it starts", null);
            return null;
        }
        return new QuotaLine(area.text(), start, end, value.value(), value.tentative(), value.low(), value.high(),
                value.span());
    }

    private static boolean valid(PeriodLit period) {
        return period == null || period.isValid();
    }

    private void add(Map<String, List<QuotaLine>> lines, QuotaLine line) {
        if (line != null && !(withoutTentative && line.tentative())) {
            lines.computeIfAbsent(line.area(), k -> new ArrayList<>()).add(line);
        }
    }

    /** Sorts each area's lines by date; two lines of one area for the same date or period are an error. */
    private void sortAndCheck(Map<String, List<QuotaLine>> lines, boolean flow) {
        for (List<QuotaLine> area : lines.values()) {
            area.sort(Comparator.comparingInt(QuotaLine::from));
            for (int i = 1; i < area.size(); i++) {
                QuotaLine before = area.get(i - 1);
                QuotaLine line = area.get(i);
                if (line.from() == before.from() && line.tentative() == before.tentative()) {
                    diagnostics.error(Code.QUOTA, line.span(), "'" + line.area() + "' has two " + (flow ? "amounts for "
                            : "values from ") + Days.format(line.from()), "the other is on line " + before.span().line());
                }
            }
        }
    }

    private static String noun(PeriodKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package dev.caplan.check;

import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
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
 * Resolves quotas, their actuals and distribution keys: areas exist, the numbers of a quota divided
 * by a key are whole (others may have decimals), a flow's periods are of its kind, a level's lines
 * do not repeat a date, an actual matches its quota.
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
        // a key divides the quota's lines by largest remainder, which needs whole numbers; actuals are not divided
        Whole.Need need = quota.key() == null ? Whole.Need.DECIMALS
                : Whole.Need.apportioned(quota.name().text(), quota.key().text());
        QuotaEntries own = new QuotaEntries(diagnostics, areas, withoutTentative, quota.flow(), per, false, need);
        quota.entries().forEach(entry -> entry.accept(own));
        QuotaEntries realised = new QuotaEntries(diagnostics, areas, withoutTentative, quota.flow(), per, true,
                Whole.Need.DECIMALS);
        actuals.forEach(actual -> actual.entries().forEach(entry -> entry.accept(realised)));
        sortAndCheck(own.lines, per);
        sortAndCheck(realised.lines, per);
        return new CheckedQuota(quota.name().text(), quota.title(), quota.flow(), per, key, own.lines, realised.lines,
                own.backlog, own.carry, quota.span());
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

    /**
     * Sorts each area's lines by date; two lines of one area for the same date or period are an error.
     * On one date a structural line comes before a period's own line, and a firm line before a
     * tentative one: the later line is the one in force (a tentative line replaces a firm one in
     * the expected view; the firm view does not see it).
     */
    private void sortAndCheck(Map<String, List<QuotaLine>> lines, PeriodKind per) {
        for (List<QuotaLine> area : lines.values()) {
            area.sort(Comparator.comparingInt(QuotaLine::from).thenComparing(line -> !line.structural())
                    .thenComparing(QuotaLine::tentative));
            for (int i = 1; i < area.size(); i++) {
                QuotaLine before = area.get(i - 1);
                QuotaLine line = area.get(i);
                if (line.from() == before.from() && line.tentative() == before.tentative()
                        && line.structural() == before.structural()) {
                    String when = per == null ? "values from " + Days.format(line.from())
                            : (line.structural() ? "structural amounts from " : "amounts for ")
                                    + Period.containing(per, line.from()).label();
                    diagnostics.error(Code.QUOTA, line.span(), "'" + line.area() + "' has two " + when,
                            "the other is on line " + before.span().line());
                }
            }
        }
    }
}

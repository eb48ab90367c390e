package dev.caplan.check;

import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.Quantity;
import dev.caplan.ast.QuotaEntry;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines of a quota block (or, with {@code actual} set, of its actuals) by area, each checked:
 * its area exists, its periods are valid and of the quota's kind, its number is what {@code need}
 * allows (whole where a key divides it). A {@code from} line in a flow quota is a structural amount.
 */
final class QuotaEntries implements QuotaEntry.Visitor<Void> {
    private final Diagnostics diagnostics;
    private final NameTable<Area> areas;
    private final boolean withoutTentative;
    private final boolean flow;
    private final PeriodKind per;
    private final boolean actual;
    private final Whole.Need need;
    final Map<String, List<QuotaLine>> lines = new LinkedHashMap<>();
    final Map<String, List<QuotaLine>> backlog = new LinkedHashMap<>();
    CarryPolicy carry = CarryPolicy.NONE;

    QuotaEntries(Diagnostics diagnostics, NameTable<Area> areas, boolean withoutTentative, boolean flow, PeriodKind per,
                 boolean actual, Whole.Need need) {
        this.diagnostics = diagnostics;
        this.areas = areas;
        this.withoutTentative = withoutTentative;
        this.flow = flow;
        this.per = per;
        this.actual = actual;
        this.need = need;
    }

    @Override
    public Void visitLevel(QuotaEntry.Level level) {
        if (!flow) {
            add(lines, levelLine(level.area(), level.value(), level.from(), level.until()));
        } else if (actual) {
            // what was realised is observed period by period; an amount for periods to come would be a guess
            diagnostics.error(Code.QUOTA, level.span(), "an actual records what was realised in each period",
                    "write one line per period: " + level.area().source() + " " + level.value().source() + " in "
                            + example(level.from()));
        } else if (level.from() == null) {
            String line = level.area().source() + " " + level.value().source();
            diagnostics.error(Code.QUOTA, level.span(), "a structural amount needs the " + noun(per)
                    + " it starts in", "write: " + line + " from " + example(null) + " (every " + noun(per)
                    + " from then on), or " + line + " in " + example(null) + " (that " + noun(per) + " only)");
        } else {
            add(lines, structural(level));
        }
        return null;
    }

    /** A period of the quota's kind for a hint: the one containing {@code near}, or the first of 2024. */
    private String example(PeriodLit near) {
        int day = near != null && near.isValid() ? near.period().start() : Days.of(2024, 1, 1);
        return Period.containing(per, day).label();
    }

    /** {@code AREA N from P [until P]} in a flow: N in every period from P on, until the one that starts at until. */
    private QuotaLine structural(QuotaEntry.Level level) {
        QuotaLine line = periodLine(level.area(), level.value(), level.from(), need);
        if (line == null || level.until() == null) {
            return line == null ? null : line.structuralUntil(Days.END);
        }
        if (!valid(level.until()) || !ofKind(level.until())) {
            return null;
        }
        int until = level.until().period().start();
        if (until <= line.from()) {
            diagnostics.error(Code.EMPTY_PERIOD, level.until().span(), "this line ends before it starts",
                    "until is the first " + noun(per) + " without the amount");
            return null;
        }
        return line.structuralUntil(until);
    }

    @Override
    public Void visitFlow(QuotaEntry.Flow amount) {
        if (!flow) {
            diagnostics.error(Code.QUOTA, amount.span(), "a level quota gives places from a date",
                    "write: " + amount.area().source() + " " + amount.value().source() + " from 2023-01-01");
        } else {
            add(lines, periodLine(amount.area(), amount.value(), amount.period(), need));
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
            add(backlog, periodLine(entry.area(), entry.value(), entry.period(), Whole.Need.DECIMALS));
        }
        return null;
    }

    @Override
    public Void visitCarry(QuotaEntry.Carry entry) {
        if (actual) {
            notInActual(entry);
        } else {
            carry = carry(entry);
        }
        return null;
    }

    private void notInActual(QuotaEntry entry) {
        diagnostics.error(Code.QUOTA, entry.span(), "an actual records what was realised; "
                + "carry and backlog belong in the quota", null);
    }

    private CarryPolicy carry(QuotaEntry.Carry entry) {
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
        return carry;
    }

    /** A level line from {@code from} until {@code until}, or null after reporting. */
    private QuotaLine levelLine(Name area, Quantity value, PeriodLit from, PeriodLit until) {
        Area resolved = areas.resolve(area, diagnostics);
        boolean ok = resolved != null & valid(from) & valid(until) & need.check(value, diagnostics);
        if (!ok) {
            return null;
        }
        int start = from == null ? Days.BEGINNING : from.period().start();
        int end = until == null ? Days.END : until.period().start();
        if (end <= start) {
            diagnostics.error(Code.EMPTY_PERIOD, until.span(), "this line ends before it starts", null);
            return null;
        }
        return new QuotaLine(area.text(), start, end, value.value(), value.tentative(), value.low(), value.high(),
                false, value.span());
    }

    /** A flow's amount for the one period {@code period}, of the quota's kind; null after reporting. */
    private QuotaLine periodLine(Name area, Quantity value, PeriodLit period, Whole.Need whole) {
        Area resolved = areas.resolve(area, diagnostics);
        boolean ok = resolved != null & valid(period) & whole.check(value, diagnostics);
        if (!ok || !ofKind(period)) {
            return null;
        }
        return new QuotaLine(area.text(), period.period().start(), period.period().end(), value.value(),
                value.tentative(), value.low(), value.high(), false, value.span());
    }

    private boolean ofKind(PeriodLit period) {
        Period named = period.period();
        if (named.kind() != per) {
            diagnostics.error(Code.QUOTA, period.span(), period.text() + " is not a " + noun(per)
                    + ", and this quota counts per " + noun(per), "name one " + noun(per) + ", e.g. "
                    + Period.containing(per, named.start()).label());
            return false;
        }
        return true;
    }

    private static boolean valid(PeriodLit period) {
        return period == null || period.isValid();
    }

    /** In the firm view (a scenario "without tentative") tentative lines do not exist. */
    private void add(Map<String, List<QuotaLine>> into, QuotaLine line) {
        if (line != null && !(withoutTentative && line.tentative())) {
            into.computeIfAbsent(line.area(), k -> new ArrayList<>()).add(line);
        }
    }

    private static String noun(PeriodKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

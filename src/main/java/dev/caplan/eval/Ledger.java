package dev.caplan.eval;

import dev.caplan.check.CheckedQuota;
import dev.caplan.check.LedgerRow;
import dev.caplan.check.QuotaLine;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The backlog ledger of a flow quota for one area, period by period: quota + backlog carried in
 * = due; realised; carried out to the next period by the quota's policy. A period whose
 * realisation is not known yet carries nothing further (its carried value is unknown).
 */
public final class Ledger {
    private final List<Period> periods;
    private final List<Entry> expected;
    private final List<Entry> firm;

    /** One period of the ledger; {@code realised} and {@code carried} are null when not known yet. */
    public record Entry(Period period, BigDecimal quota, BigDecimal backlogIn, BigDecimal due, BigDecimal realised,
                        BigDecimal carried) {

        /** The value in one row; null for a row not known yet. */
        public BigDecimal value(LedgerRow row) {
            return switch (row) {
                case QUOTA -> quota;
                case BACKLOG_IN -> backlogIn;
                case DUE -> due;
                case REALISED -> realised;
                case CARRIED -> carried;
            };
        }
    }

    private Ledger(List<Period> periods, List<Entry> expected, List<Entry> firm) {
        this.periods = periods;
        this.expected = expected;
        this.firm = firm;
    }

    static Ledger of(CheckedQuota quota, String area, Single quotaValue, Single actual) {
        List<Period> periods = periods(quota, area, quotaValue);
        return new Ledger(periods, entries(quota, area, periods, quotaValue, quotaValue.expected(), actual.expected(), actual),
                entries(quota, area, periods, quotaValue, quotaValue.firm(), actual.firm(), actual));
    }

    public List<Entry> expected() {
        return expected;
    }

    public List<Entry> firm() {
        return firm;
    }

    /**
     * The ledger's periods in order. Nothing is carried into the first period but its opening
     * backlog; after that, what a period carries depends on what was realised in it, so a period
     * not realised yet leaves the next period's backlog, and what is due then, unknown.
     */
    private static List<Entry> entries(CheckedQuota quota, String area, List<Period> periods, Single quotaValue,
                                       StepSeries amounts, StepSeries realisedAmounts, Single actual) {
        List<Entry> entries = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (Period period : periods) {
            int day = period.start();
            BigDecimal opening = opening(quota, area, period);
            BigDecimal backlogIn = opening != null ? opening : carried;
            BigDecimal amount = quotaValue.isKnownAt(day) ? amounts.valueAt(day) : null;
            BigDecimal due = amount == null || backlogIn == null ? null : amount.add(backlogIn);
            BigDecimal realised = actual.isKnownAt(day) ? realisedAmounts.valueAt(day) : null;
            carried = realised == null || due == null ? null : quota.carry().carried(due, realised);
            entries.add(new Entry(period, amount, backlogIn, due, realised, carried));
        }
        return entries;
    }

    private static BigDecimal opening(CheckedQuota quota, String area, Period period) {
        for (QuotaLine line : quota.openingBacklog().getOrDefault(area, List.of())) {
            if (line.from() == period.start()) {
                return line.value();
            }
        }
        return null;
    }

    /**
     * Every period from the first with a quota, backlog or realisation to the last. A quota with an
     * amount every period without end (a structural line without until) counts up to the period
     * after the last realised one: from there on nothing is known but the quota.
     */
    private static List<Period> periods(CheckedQuota quota, String area, Single value) {
        int first = Days.END;
        int last = Days.BEGINNING;
        int endless = Days.END;
        StepSeries amounts = value.expected();
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.segmentValue(i).signum() != 0) {
                first = Math.min(first, amounts.startAt(i));
                if (i + 1 < amounts.size()) {
                    last = Math.max(last, amounts.startAt(i + 1));
                } else {
                    endless = amounts.startAt(i);
                }
            }
        }
        for (List<QuotaLine> lines : List.of(quota.openingBacklog().getOrDefault(area, List.of()),
                quota.actuals().getOrDefault(area, List.of()))) {
            for (QuotaLine line : lines) {
                first = Math.min(first, line.from());
                last = Math.max(last, line.until());
            }
        }
        if (endless != Days.END && endless != Days.BEGINNING) {
            last = Math.max(last, Period.containing(quota.per(), Math.max(endless, last)).end());
        }
        List<Period> periods = new ArrayList<>();
        if (first == Days.END || first == Days.BEGINNING || last == Days.END) {
            return periods;
        }
        for (Period p = Period.containing(quota.per(), first); p.start() < last; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /** The ledger as rows of flows, for reports: one per {@link LedgerRow}. */
    Value.Grouped rows(CheckedQuota quota) {
        List<String> labels = new ArrayList<>();
        List<Single> members = new ArrayList<>();
        for (LedgerRow row : LedgerRow.values()) {
            labels.add(row.label());
            members.add(row(quota, row));
        }
        return new Value.Grouped("ledger", labels, members);
    }

    /** One row of the ledger as a flow, unknown in the periods (and outside them) where the row is not known. */
    Single row(CheckedQuota quota, LedgerRow row) {
        StepSeries e = Flows.of(periods, column(expected, row));
        StepSeries f = Flows.of(periods, column(firm, row));
        List<BigDecimal> known = expected.stream().map(x -> x.value(row) == null ? BigDecimal.ZERO : BigDecimal.ONE)
                .toList();
        return new Single(e, f).withPer(quota.per()).withKnown(Flows.of(periods, known));
    }

    private static List<BigDecimal> column(List<Entry> entries, LedgerRow row) {
        return entries.stream().map(entry -> {
            BigDecimal value = entry.value(row);
            return value == null ? BigDecimal.ZERO : value;
        }).toList();
    }
}

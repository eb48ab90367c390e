package dev.caplan.check;

import dev.caplan.source.Span;
import dev.caplan.time.PeriodKind;
import java.util.List;
import java.util.Map;

/**
 * A quota with its lines grouped per area, sorted by date: a level (places needed from a date)
 * or a flow (an amount per period of kind {@code per}). {@code key} (may be null) divides a
 * parent's quota over areas without lines of their own. Actuals and opening backlogs sit beside
 * the quota lines; {@code carry} says what a flow's shortfall or excess does next period.
 */
public record CheckedQuota(String name, String title, boolean flow, PeriodKind per, CheckedKey key,
                           Map<String, List<QuotaLine>> lines, Map<String, List<QuotaLine>> actuals,
                           Map<String, List<QuotaLine>> openingBacklog, CarryPolicy carry, Span span) {
    public CheckedQuota {
        lines = Map.copyOf(lines);
        actuals = Map.copyOf(actuals);
        openingBacklog = Map.copyOf(openingBacklog);
        // per area, lines are sorted by date (QuotaCollector)
    }
}

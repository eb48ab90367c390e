package dev.caplan.check;

import java.math.BigDecimal;
import java.util.Locale;

/** What moves to the next period when a flow quota is not met exactly (a backlog, "achterstand"). */
public enum CarryPolicy {
    /** Only a shortfall is carried: exceeding a quota earns nothing for later. */
    DEFICIT,
    /** Only an excess is carried (as a negative backlog). */
    SURPLUS,
    /** Both: the next period's due amount corrects for any difference. */
    BOTH,
    /** Nothing is carried. */
    NONE;

    /** What is carried, given what was due and what was realised. */
    public BigDecimal carried(BigDecimal due, BigDecimal realised) {
        BigDecimal difference = due.subtract(realised);
        return switch (this) {
            case DEFICIT -> difference.max(BigDecimal.ZERO);
            case SURPLUS -> difference.min(BigDecimal.ZERO);
            case BOTH -> difference;
            case NONE -> BigDecimal.ZERO;
        };
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}

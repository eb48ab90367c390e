package dev.caplan.result;

import java.math.BigDecimal;

/**
 * One evaluated number: the expected value (counting tentative places) and the firm value (not
 * counting them). A cell is tentative when the two differ; renderers mark it, e.g. {@code 1965?}.
 * {@code low} and {@code high} bound an uncertain value ({@code 2185 (2085–2285)}); null when
 * exact. All are null for a value that is not known (nothing realised yet, a {@code ?} cell):
 * renderers show a dash. {@code partial} says the value was computed from the known days of its
 * period only, some days being unknown (an average of the days observed): renderers mark it too.
 */
public record ResultCell(BigDecimal value, BigDecimal firm, BigDecimal low, BigDecimal high, boolean partial) {
    public static final ResultCell UNKNOWN = new ResultCell(null, null, null, null, false);

    public ResultCell(BigDecimal value, BigDecimal firm) {
        this(value, firm, null, null, false);
    }

    public ResultCell(BigDecimal value, BigDecimal firm, BigDecimal low, BigDecimal high) {
        this(value, firm, low, high, false);
    }

    public static ResultCell firm(BigDecimal value) {
        return new ResultCell(value, value);
    }

    /** The same cell, marked as computed from partly unknown days (an unknown cell stays unknown). */
    public ResultCell withPartial(boolean isPartial) {
        return value == null ? this : new ResultCell(value, firm, low, high, isPartial);
    }

    public boolean isKnown() {
        return value != null;
    }

    public boolean tentative() {
        return value != null && value.compareTo(firm) != 0;
    }

    public boolean hasBounds() {
        return low != null;
    }
}

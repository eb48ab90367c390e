package dev.caplan.result;

import java.math.BigDecimal;

/**
 * One evaluated number: the expected value (counting tentative places) and the firm value (not
 * counting them). A cell is tentative when the two differ; renderers mark it, e.g. {@code 1965?}.
 * {@code low} and {@code high} bound an uncertain value ({@code 2185 (2085–2285)}); null when
 * exact. All are null for a value that is not known (nothing realised yet): renderers show a dash.
 */
public record ResultCell(BigDecimal value, BigDecimal firm, BigDecimal low, BigDecimal high) {
    public static final ResultCell UNKNOWN = new ResultCell(null, null, null, null);

    public ResultCell(BigDecimal value, BigDecimal firm) {
        this(value, firm, null, null);
    }

    public static ResultCell firm(BigDecimal value) {
        return new ResultCell(value, value);
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

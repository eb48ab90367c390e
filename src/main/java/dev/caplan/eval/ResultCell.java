package dev.caplan.eval;

import java.math.BigDecimal;

/**
 * One evaluated number: the expected value (counting tentative places) and the firm value (not
 * counting them). A cell is tentative when the two differ; renderers mark it, e.g. {@code 1965?}.
 */
public record ResultCell(BigDecimal value, BigDecimal firm) {

    public static ResultCell firm(BigDecimal value) {
        return new ResultCell(value, value);
    }

    public boolean tentative() {
        return value.compareTo(firm) != 0;
    }
}

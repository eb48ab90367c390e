package dev.caplan.result;

import java.util.List;

/**
 * How the human formats write the numbers of a row (a report's {@code format} line): as a
 * percentage ({@code percent}: ×100 and a {@code %} sign), with a fixed number of
 * {@code decimals} (-1: as many as the value has, up to four, as without a format), and with
 * {@code thousands} (null: none) between groups of three digits. The values themselves stay exact:
 * CSV ignores the format and JSON carries it beside the exact numbers.
 */
public record NumberFormat(boolean percent, int decimals, String thousands) {
    /** As caplan writes numbers without a format: {@code 1965}, {@code 0.8333}. */
    public static final NumberFormat PLAIN = new NumberFormat(false, -1, null);

    /** The most decimals a format may fix: caplan keeps at most 10 decimals of a quotient. */
    public static final int MAX_DECIMALS = 10;

    /** The separators a format may group thousands with: 75.500 (Dutch), 75,500, 75 500. */
    public static final List<String> SEPARATORS = List.of(".", ",", " ");

    public boolean isPlain() {
        return equals(PLAIN);
    }

    /** Whether the number of decimals is fixed ({@code 82.0}), rather than as many as needed. */
    public boolean fixedDecimals() {
        return decimals >= 0;
    }

    /**
     * The mark before the decimals: a comma when thousands are grouped with a point (Dutch:
     * {@code 75.500,5}), else a point. A point for both would make {@code 1.500} mean two things.
     */
    public String decimalMark() {
        return ".".equals(thousands) ? "," : ".";
    }
}

package dev.caplan.output;

import dev.caplan.result.NumberFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that decides how a number is written, so all formats agree. Values are written
 * plainly ({@code 1000}, never {@code 1E+3}), without trailing zeros ({@code 214.3}, not
 * {@code 214.30}) and without a negative zero.
 */
public final class Numbers {
    /** How a value that is not known (nothing realised yet) reads in human formats. */
    public static final String UNKNOWN = "-";


    /** Decimals shown to people; more would be noise from divisions such as a third. */
    static final int DISPLAY_DECIMALS = 4;

    private Numbers() {
    }

    /** The exact value as plain text, for machine formats (CSV, JSON) that must not lose digits. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return ""; // not known: an empty field in machine formats
        }
        return normalize(value).toPlainString();
    }

    /**
     * The value for human formats (TABLE, MARKDOWN): like {@link #format(BigDecimal)} but rounded
     * half-even to {@value #DISPLAY_DECIMALS} decimals when it has more.
     */
    public static String formatRounded(BigDecimal value) {
        if (value == null) {
            return UNKNOWN;
        }
        BigDecimal exact = normalize(value);
        if (exact.scale() <= DISPLAY_DECIMALS) {
            return exact.toPlainString();
        }
        return format(exact.setScale(DISPLAY_DECIMALS, RoundingMode.HALF_EVEN));
    }

    /**
     * The value for human formats as a report's format asks, without its unit (the {@code %} a
     * percentage adds is {@link #unit}'s): ×100 for a percentage, a fixed number of decimals
     * rounded half up as {@code round(x, n)} does, thousands grouped. Plain is
     * {@link #formatRounded}.
     */
    public static String formatted(BigDecimal value, NumberFormat format) {
        if (value == null) {
            return UNKNOWN;
        }
        BigDecimal scaled = format.percent() ? value.movePointRight(2) : value;
        String text = format.fixedDecimals() ? scaled.setScale(format.decimals(), RoundingMode.HALF_UP).toPlainString()
                : formatRounded(scaled);
        return format.thousands() == null ? text : grouped(text, format.thousands(), format.decimalMark());
    }

    /** What follows a formatted number: " %" for a percentage, else nothing. */
    public static String unit(NumberFormat format) {
        return format.percent() ? " %" : "";
    }

    /** {@code -75500.5} as {@code -75.500,5}: groups of three digits, and the given decimal mark. */
    static String grouped(String plain, String thousands, String decimalMark) {
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = plain.substring(sign.length());
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(whole.charAt(i));
        }
        String decimals = point < 0 ? "" : decimalMark + digits.substring(point + 1);
        return sign + out + decimals;
    }

    /**
     * The same number in its shortest form: no trailing zeros, no negative scale (which would
     * print as an exponent), and zero as plain {@code 0}. JSON writes these directly as numbers.
     */
    static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

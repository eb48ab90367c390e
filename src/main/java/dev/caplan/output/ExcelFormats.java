package dev.caplan.output;

import dev.caplan.result.NumberFormat;

/**
 * A row's {@link NumberFormat} as an Excel number format, so a spreadsheet shows what the table
 * format shows ({@code 82.0%}, {@code 1,836}) while the cell holds the exact value (0.82, 1836).
 * The marks are part of the format ({@code General"?"}): a tentative value shows as {@code 1965?}
 * and stays a number. Grouping and decimal marks are the reader's: Excel shows {@code 1.836} in a
 * Dutch Excel whatever caplan's locale.
 */
final class ExcelFormats {

    private static final String GENERAL = "General";

    private ExcelFormats() {
    }

    /** The format for a value; null for a plain one without marks (Excel's own General). */
    static String of(NumberFormat format, boolean tentative, boolean partial) {
        String marks = (tentative ? "?" : "") + (partial ? "*" : "");
        String base = base(format);
        if (marks.isEmpty()) {
            return base.equals(GENERAL) ? null : base;
        }
        return base + "\"" + marks + "\"";
    }

    private static String base(NumberFormat format) {
        String whole = format.thousands() != null ? "#,##0" : "0";
        if (format.percent()) {
            return whole + (format.fixedDecimals() ? decimals(format.decimals()) : ".0###") + "%";
        }
        if (format.fixedDecimals()) {
            return whole + decimals(format.decimals());
        }
        return GENERAL;
    }

    private static String decimals(int count) {
        return count == 0 ? "" : "." + "0".repeat(count);
    }
}

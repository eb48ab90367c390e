package dev.caplan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number pasted from a Dutch document or a spreadsheet meant, when caplan cannot read it:
 * {@code 1.596.163} and {@code 75.500,5} (Dutch: points group thousands, a comma starts the
 * decimals), {@code 659,612} (a comma grouping thousands) and {@code 98,5} (a decimal comma). The
 * lexer cuts such text into numbers, commas and stray points; the syntax error lands inside it.
 * Text only, so the readings are tested without a parser.
 */
final class PastedNumber {
    /** Points between groups of three digits, perhaps a decimal comma: {@code 1.596.163}, {@code 75.500,5}. */
    private static final Pattern DUTCH = Pattern.compile("(\\d{1,3})((?:\\.\\d{3})+)(?:,(\\d+))?");
    /** Commas between groups of three digits, perhaps decimals: {@code 659,612}, {@code 1,234,567.5}. */
    private static final Pattern COMMAS = Pattern.compile("(\\d{1,3})((?:,\\d{3})+)(?:\\.(\\d+))?");
    /** One comma before the decimals: {@code 98,5}, {@code 0,4590}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d[\\d_]*),(\\d+)");

    private PastedNumber() {
    }

    /** The hint for the text of a pasted number, or null when it is none of the known forms. */
    static String hint(String text) {
        Matcher dutch = DUTCH.matcher(text);
        // one point and no comma is a valid decimal number, never a syntax error: not ours to reread
        if (dutch.matches() && (dutch.group(3) != null || dutch.group(2).length() > 4)) {
            String whole = dutch.group(1) + dutch.group(2).replace(".", "");
            String grouped = dutch.group(1) + dutch.group(2).replace('.', '_');
            if (dutch.group(3) == null) {
                return text + " is a Dutch grouped number: write " + whole + ungrouped(grouped);
            }
            String decimals = "." + dutch.group(3);
            return text + " is Dutch for " + whole + decimals + ": write " + whole + decimals
                    + " (decimals are written with a point; caplan writes numbers without grouping; use _ to group"
                    + " digits: " + grouped + decimals + ")";
        }
        Matcher commas = COMMAS.matcher(text);
        if (commas.matches()) {
            String decimals = commas.group(3) == null ? "" : "." + commas.group(3);
            return "write " + commas.group(1) + commas.group(2).replace(",", "") + decimals
                    + ungrouped(commas.group(1) + commas.group(2).replace(',', '_') + decimals);
        }
        Matcher decimal = DECIMAL_COMMA.matcher(text);
        if (decimal.matches()) {
            return "decimals are written with a point: " + decimal.group(1) + "." + decimal.group(2);
        }
        return null;
    }

    private static String ungrouped(String grouped) {
        return " (caplan writes numbers without grouping; use _ to group digits: " + grouped + ")";
    }
}

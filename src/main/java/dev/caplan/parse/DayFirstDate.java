package dev.caplan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written day first, as Dutch documents do ({@code 07-04-2022}, {@code 7-4-2022},
 * {@code 07/04/2022}), or with slashes ({@code 2022/04/07}). Dates need a four-digit year first,
 * so the lexer reads these as numbers and minus signs or slashes: a syntax error, or a period
 * {@code 07} that is no year. Text only, so the reading is tested without a parser.
 */
final class DayFirstDate {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern SLASHES = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    /** The same forms at a place in a longer text, ending where a number or name could not go on. */
    private static final Pattern AT = Pattern.compile("(?:\\d{1,2}([-/])\\d{1,2}\\1\\d{4}|\\d{4}/\\d{1,2}/\\d{1,2})"
            + "(?![\\p{L}\\p{N}_.])");

    private DayFirstDate() {
    }

    /** The hint for text that is a whole date written day first or with slashes, or null. */
    static String hint(String text) {
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return hint(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
        }
        Matcher slashes = SLASHES.matcher(text);
        if (slashes.matches()) {
            return hint(slashes.group(1), slashes.group(2), slashes.group(3));
        }
        return null;
    }

    /**
     * The hint for such a date starting at {@code start} of {@code text}, or null: for a period that
     * parsed as just its first number ({@code at 07-04-2022} reads as {@code (at 07) - 04 - 2022}).
     */
    static String hintAt(String text, int start) {
        Matcher matcher = AT.matcher(text).region(start, text.length());
        return matcher.lookingAt() ? hint(matcher.group()) : null;
    }

    /** Null for a day or month that cannot be one: then the text was something else. */
    private static String hint(String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        return "dates are written YYYY-MM-DD: " + year + "-" + twoDigits(m) + "-" + twoDigits(d);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}

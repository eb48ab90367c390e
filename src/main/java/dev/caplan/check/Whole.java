package dev.caplan.check;

import dev.caplan.ast.Quantity;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places are counted in whole numbers, and a quota divided by a key must be whole (largest
 * remainder divides whole numbers). Dutch writes a point between thousands, so {@code 75.500}
 * pasted from a memo is seventy-five thousand five hundred: where a whole number is required a
 * fraction is an error whose hint gives that reading, and {@code 75.000}, which caplan reads as 75,
 * is a warning (the model stays valid and means what it said; the analyst decides). Where decimals
 * are allowed (a quota without a key, an actual) a number is read as written, but one that looks
 * grouped and ends in zeros ({@code 75.500}) is a warning too: nobody writes 75.5 so.
 */
final class Whole {
    /** A number as written inside a quantity, its whole part and decimals apart: {@code 75.500}, {@code 1_200}. */
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d_]*)(?:\\.(\\d+))?");
    /** The first group of a number grouped by thousands: 1 to 3 digits, no leading zero. */
    private static final Pattern LEADING_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final int GROUP = 3;

    private Whole() {
    }

    /**
     * What the number of a quota or actual line must be: whole when a key divides it
     * ({@code key} set), else anything, decimals and percentages included.
     */
    record Need(String quota, String key) {
        static final Need DECIMALS = new Need(null, null);

        static Need apportioned(String quota, String key) {
            return new Need(quota, key);
        }

        /** Whether the number may stand here; reports it when not. */
        boolean check(Quantity quantity, Diagnostics diagnostics) {
            if (key == null) {
                allowDecimals(quantity, diagnostics);
                return true;
            }
            return requireApportioned(quantity, quota, key, diagnostics);
        }
    }

    /** Whether the quantity is whole; reports it when not. {@code what} names the thing counted, for the message. */
    static boolean require(Quantity quantity, String what, Diagnostics diagnostics) {
        return require(quantity, "places are whole numbers", what + " is counted in whole numbers", diagnostics);
    }

    /**
     * Whether a line of a quota divided by a key is whole: its value and, for an uncertain number,
     * its bounds, since each is apportioned ({@code 400..601} has the middle 500.5, {@code 451 ± 10%}
     * the bounds 405.9 and 496.1). {@code why} says so in every hint.
     */
    static boolean requireApportioned(Quantity quantity, String quota, String key, Diagnostics diagnostics) {
        String why = "the quota '" + quota + "' is apportioned by key '" + key + "', which divides whole numbers";
        if (!require(quantity, why, why, diagnostics)) {
            return false;
        }
        if (!isWhole(quantity.value())) {
            diagnostics.error(Code.NOT_WHOLE, quantity.span(), "the middle of " + written(quantity) + " is "
                    + plain(quantity.value()) + ", not a whole number", why + "; give bounds whose middle is whole");
            return false;
        }
        return true;
    }

    /**
     * A number where decimals mean what they say (a quota without a key, an actual): nothing to
     * report, except a number that looks grouped by thousands and ends in zeros ({@code 75.500},
     * {@code 75.000}). Its decimal reading would be written shorter ({@code 75.5}), so the text is
     * most likely pasted Dutch; {@code 596.163} is a plausible decimal (a budget in millions) and
     * is read as written.
     */
    static void allowDecimals(Quantity quantity, Diagnostics diagnostics) {
        if (writtenWithoutDecimals(quantity) || quantity.percent()) {
            return;
        }
        String text = written(quantity);
        String grouped = groupedReading(text);
        if (grouped != null && !plainReading(text).equals(text)) {
            thousands(quantity, text, grouped, diagnostics);
        }
    }

    /** {@code why} is the reason in a hint after a Dutch reading; {@code whyAlone} the hint without one. */
    private static boolean require(Quantity quantity, String why, String whyAlone, Diagnostics diagnostics) {
        if (writtenWithoutDecimals(quantity)) {
            return true; // nearly every number of places: no text to read
        }
        String text = written(quantity);
        String grouped = quantity.percent() ? null : groupedReading(text);
        if (!isWhole(quantity)) {
            if (grouped == null && quantity.isRange() && isWhole(quantity.value())) {
                // 451 ± 10%: the number is whole, its bounds 405.9 and 496.1 are not
                diagnostics.error(Code.NOT_WHOLE, quantity.span(), "the bounds of " + text + " are "
                        + plain(quantity.low()) + " and " + plain(quantity.high()) + ", not whole numbers", whyAlone);
                return false;
            }
            String hint = grouped != null
                    ? "did you mean " + grouped + "? (" + why + "; "
                            + "Dutch writes 75.500 for seventy-five thousand five hundred)"
                    : whyAlone;
            diagnostics.error(Code.NOT_WHOLE, quantity.span(), text + " is not a whole number", hint);
            return false;
        }
        if (grouped != null) {
            thousands(quantity, text, grouped, diagnostics);
        }
        return true;
    }

    private static void thousands(Quantity quantity, String text, String grouped, Diagnostics diagnostics) {
        String plain = plainReading(text);
        diagnostics.add(Diagnostic.warning(Code.THOUSANDS, quantity.span(), text + " is read as " + plain)
                .withHint("did you mean " + grouped + "? Dutch writes 75.000 for seventy-five thousand; write "
                        + grouped + ", or " + plain + " if that is meant"));
    }

    private static String written(Quantity quantity) {
        return quantity.span().text().replace("?", "").trim();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean writtenWithoutDecimals(Quantity quantity) {
        return quantity.value().scale() <= 0
                && (!quantity.isRange() || quantity.low().scale() <= 0 && quantity.high().scale() <= 0);
    }

    private static boolean isWhole(Quantity quantity) {
        BigDecimal value = quantity.value();
        if (quantity.isRange()) {
            // a range's middle may be a half ("400..601"); its bounds must be whole
            value = quantity.low().stripTrailingZeros().scale() > 0 ? quantity.low() : quantity.high();
        }
        return value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The text with every number that looks grouped by thousands, one to three digits, a point and
     * three more ({@code 1.500..2.500}), read so ({@code 1500..2500}); null when no number looks
     * grouped, or when another has decimals that are no group ({@code 0.500}, {@code 1500.5}), so
     * the reading would not be whole either.
     */
    static String groupedReading(String text) {
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean grouped = false;
        while (matcher.find()) {
            String decimals = matcher.group(2);
            if (decimals != null && (decimals.length() != GROUP || !LEADING_GROUP.matcher(matcher.group(1)).matches())) {
                return null;
            }
            grouped |= decimals != null;
            matcher.appendReplacement(out, matcher.group().replace(".", "").replace("_", ""));
        }
        matcher.appendTail(out);
        return grouped ? out.toString() : null;
    }

    /** The text as caplan reads it: {@code 75.000} is 75. */
    private static String plainReading(String text) {
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String number = matcher.group();
            matcher.appendReplacement(out, matcher.group(2) == null ? number
                    : new BigDecimal(number.replace("_", "")).stripTrailingZeros().toPlainString());
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

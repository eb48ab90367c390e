package dev.caplan.check;

import dev.caplan.ast.Quantity;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places and persons are counted in whole numbers. Dutch writes a point between thousands, so
 * {@code 75.500} pasted from a memo is seventy-five thousand five hundred: a fraction of a place is
 * an error whose hint gives that reading, and {@code 75.000}, which caplan reads as 75, is a warning
 * (the model stays valid and means what it said; the analyst decides).
 */
final class Whole {
    /** A number as written inside a quantity, its whole part and decimals apart: {@code 75.500}, {@code 1_200}. */
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d_]*)(?:\\.(\\d+))?");
    /** The first group of a number grouped by thousands: 1 to 3 digits, no leading zero. */
    private static final Pattern LEADING_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final int GROUP = 3;

    private Whole() {
    }

    /** Whether the quantity is whole; reports it when not. {@code what} names the thing counted, for the message. */
    static boolean require(Quantity quantity, String what, Diagnostics diagnostics) {
        if (writtenWithoutDecimals(quantity)) {
            return true; // nearly every number of places: no text to read
        }
        String text = quantity.span().text().replace("?", "").trim();
        String grouped = quantity.percent() ? null : groupedReading(text);
        if (!isWhole(quantity)) {
            String hint = grouped != null
                    ? "did you mean " + grouped + "? (places are whole numbers; "
                            + "Dutch writes 75.500 for seventy-five thousand five hundred)"
                    : what + " is counted in whole numbers";
            diagnostics.error(Code.NOT_WHOLE, quantity.span(), text + " is not a whole number", hint);
            return false;
        }
        if (grouped != null) {
            diagnostics.add(Diagnostic.warning(Code.THOUSANDS, quantity.span(), text + " is read as "
                    + plainReading(text)).withHint("did you mean " + grouped + "? Dutch writes 75.000 for seventy-five "
                    + "thousand; write " + grouped + ", or " + plainReading(text) + " if that is meant"));
        }
        return true;
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

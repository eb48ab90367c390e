package dev.caplan.check;

import dev.caplan.ast.FormatSpec;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.result.NumberFormat;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the words of a report's {@code format} into a {@link NumberFormat}: {@code percent [N]},
 * {@code decimals N}, {@code thousands "S"}, {@code plain}. An unknown word, a missing or misplaced
 * argument, or a word given twice is {@code E-BAD-REPORT}: a format that might be misread would
 * print a number that means something else.
 */
final class NumberFormats {
    private static final List<String> WORDS = List.of("percent", "decimals", "thousands", "plain");
    private static final String SEPARATORS_HINT = "write thousands \".\" (75.500, with a decimal comma), "
            + "thousands \",\" (75,500) or thousands \" \" (75 500)";

    private final Diagnostics diagnostics;
    private final Set<String> seen = new HashSet<>();
    private boolean percent;
    private int decimals = NumberFormat.PLAIN.decimals();
    private String thousands;
    private boolean ok = true;

    private NumberFormats(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The format the words say; after reporting a problem, plain (the model has an error and is not evaluated). */
    static NumberFormat of(FormatSpec spec, Diagnostics diagnostics) {
        NumberFormats reader = new NumberFormats(diagnostics);
        spec.parts().forEach(reader::read);
        if (reader.ok && reader.seen.contains("plain") && reader.seen.size() > 1) {
            reader.error(spec.parts().get(0), "plain stands alone", "plain is the format without percent, decimals "
                    + "or thousands; leave it out, or the other words");
        }
        return reader.ok ? new NumberFormat(reader.percent, reader.decimals, reader.thousands) : NumberFormat.PLAIN;
    }

    private void read(FormatSpec.Part part) {
        String word = part.word().text();
        if (!WORDS.contains(word)) {
            String hint = NameHints.didYouMean(word, WORDS);
            error(part, "unknown format '" + word + "'", hint != null ? hint
                    : "a format is made of percent [N], decimals N, thousands \".\" and plain");
            return;
        }
        if (!seen.add(word)) {
            error(part, "'" + word + "' is given twice in one format", null);
            return;
        }
        switch (word) {
            case "percent" -> percent(part);
            case "decimals" -> decimals(part);
            case "thousands" -> thousands(part);
            default -> noArgument(part);
        }
    }

    private void percent(FormatSpec.Part part) {
        percent = true;
        if (part.text() != null) {
            error(part, "percent takes a number of decimals, not a text", "write: percent 1 (82.0 %)");
        } else if (part.number() != null) {
            fixDecimals(part);
        }
    }

    private void decimals(FormatSpec.Part part) {
        if (part.number() == null) {
            error(part, "decimals needs a number", "write: decimals 1 (98.5), or decimals 0 (99)");
        } else {
            fixDecimals(part);
        }
    }

    private void fixDecimals(FormatSpec.Part part) {
        if (decimals != NumberFormat.PLAIN.decimals()) {
            error(part, "the number of decimals is given twice", "percent 1 is percent with decimals 1; keep one");
            return;
        }
        BigDecimal digits = new BigDecimal(part.number().replace("_", ""));
        boolean tooMany = digits.compareTo(BigDecimal.valueOf(NumberFormat.MAX_DECIMALS)) > 0;
        if (digits.stripTrailingZeros().scale() > 0 || tooMany) {
            error(part, "decimals are a whole number from 0 to " + NumberFormat.MAX_DECIMALS + ", not " + part.number(),
                    tooMany ? "caplan keeps at most " + NumberFormat.MAX_DECIMALS + " decimals of a quotient" : null);
            return;
        }
        decimals = digits.intValueExact();
    }

    private void thousands(FormatSpec.Part part) {
        if (part.text() == null) {
            error(part, "thousands needs its separator, in quotes", SEPARATORS_HINT);
        } else if (!NumberFormat.SEPARATORS.contains(part.text())) {
            error(part, "'" + part.text() + "' is not a separator of thousands", SEPARATORS_HINT);
        } else {
            thousands = part.text();
        }
    }

    private void noArgument(FormatSpec.Part part) {
        if (part.number() != null || part.text() != null) {
            error(part, part.word().text() + " takes nothing after it", null);
        }
    }

    private void error(FormatSpec.Part part, String message, String hint) {
        diagnostics.error(Code.BAD_REPORT, part.span(), message, hint);
        ok = false;
    }
}

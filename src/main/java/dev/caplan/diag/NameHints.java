package dev.caplan.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Did you mean ...?" suggestions: the closest known name by edit distance, if close enough; and
 * the hint for a bare name with a hyphen, which both the parser and the checker give.
 */
public final class NameHints {
    /** Bare words joined by hyphens without spaces: {@code Olst-Wijhe}, {@code Hof-van-Twente}. */
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(?:-[\\p{L}_][\\p{L}\\p{N}_]*)+");

    private NameHints() {
    }

    /** A hint naming the closest candidate, or null when nothing is close. */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lowered = wanted.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lowered, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
        boolean close = bestDistance <= allowed || best.toLowerCase(Locale.ROOT).contains(lowered) && lowered.length() >= 3;
        return close ? "did you mean '" + best + "'?" : null;
    }

    /**
     * The hint for {@code Olst-Wijhe} written bare, which the lexer splits into {@code Olst - Wijhe}
     * (a syntax error, or a subtraction of two unknown names); null when the text is not such a name.
     */
    public static String hyphenated(String text) {
        return HYPHENATED.matcher(text).matches() ? "names with a hyphen are quoted: \"" + text + "\"" : null;
    }

    /** Levenshtein distance; names are short, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

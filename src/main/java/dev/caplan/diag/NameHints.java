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

    /**
     * A hint naming the closest candidate, or null when nothing is close: a name within a few edits
     * (ties: the first in alphabetical order), or else one that contains the name typed. Only
     * candidates of about the same length are measured, and each measure stops as soon as it is
     * too far, so the hint stays fast for any name and any number of names.
     */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        String lowered = wanted.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String containing = null;
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(other.length() - lowered.length()) <= allowed) {
                int distance = distance(lowered, other, allowed);
                if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                    best = distance <= allowed ? candidate : best;
                    bestDistance = distance <= allowed ? distance : bestDistance;
                }
            }
            if (lowered.length() >= 3 && other.contains(lowered)
                    && (containing == null || candidate.compareTo(containing) < 0)) {
                containing = candidate;
            }
        }
        String hint = best != null ? best : containing;
        return hint == null ? null : "did you mean '" + hint + "'?";
    }

    /**
     * The hint for {@code Olst-Wijhe} written bare, which the lexer splits into {@code Olst - Wijhe}
     * (a syntax error, or a subtraction of two unknown names); null when the text is not such a name.
     */
    public static String hyphenated(String text) {
        return HYPHENATED.matcher(text).matches() ? "names with a hyphen are quoted: \"" + text + "\"" : null;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1; // every path through this row is already too long
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }
}

package dev.caplan.output;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for a workbook's sheets that Excel accepts: at most 31 characters, none of {@code []:*?/\},
 * no apostrophe at either end, not empty, not the reserved {@code History}, and unique ignoring case
 * (Excel refuses {@code Table_A} beside {@code table_a}). A report's name is kept where it can be;
 * a clash gets {@code ~2}, {@code ~3}, ... within the 31 characters.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private static final String FORBIDDEN = "[]:*?/\\";

    private final Set<String> taken = new HashSet<>();

    /** A name for the next sheet, made from {@code wanted} and unlike every name given before. */
    String next(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    private static String clean(String wanted) {
        StringBuilder out = new StringBuilder();
        wanted.codePoints().forEach(c -> out.appendCodePoint(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c));
        String name = cut(out.toString().strip(), MAX_LENGTH);
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() || name.equalsIgnoreCase("History") ? "report" + (name.isEmpty() ? "" : "_" + name) : name;
    }

    /** At most {@code length} UTF-16 units (Excel counts those), never half a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}

package dev.caplan.diag;

/**
 * Text as it may safely reach a reader's terminal, editor or pager: every character that is
 * invisible or acts on the display instead of showing is written as an escape, so a model cannot
 * make caplan's output attack whoever reads it. A name may be written in quotes with any character
 * but a quote, a backslash or a line break in it, so {@code "\x1b]0;pwned\x07"} (raw escape codes
 * that retitle a terminal) or a right-to-left override that shows {@code Kampen} for another name
 * are possible names; they come out as {@code \x1b]0;pwned\x07} and {@code \u202e}.
 *
 * <p>Escaped: the ASCII controls (U+0000–U+001F and DEL) as {@code \x1b}; the C1 controls
 * (U+0080–U+009F), the format characters (the bidi embeddings, overrides and isolates U+202A–U+202E
 * and U+2066–U+2069, the marks U+200E/U+200F/U+061C, zero-width characters, the soft hyphen, the
 * byte order mark), the line and paragraph separators U+2028/U+2029 and unpaired surrogates as
 * {@code \u202e}; a character past U+FFFF as {@code \U000e0001}. A backslash is left as it is: the
 * escapes are for a person's eyes, not to be read back.
 *
 * <p>The one place that decides this: the diagnostics, the human output formats, CSV and the REPL
 * all write names through here.
 */
public final class Visible {

    private Visible() {
    }

    /** One line of text (a name, a label, a cell): every invisible character escaped, tabs and line breaks too. */
    public static String text(String text) {
        return escape(text, false);
    }

    /**
     * Text of several lines (an answer, a message): as {@link #text}, but line breaks and tabs stay,
     * since they only move the cursor.
     */
    public static String lines(String text) {
        return escape(text, true);
    }

    /** Whether a code point is escaped by {@link #text}. */
    public static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** How {@link #text} writes one code point: escaped when invisible, else as it is. */
    public static String of(int codePoint) {
        if (!isInvisible(codePoint)) {
            return Character.toString(codePoint);
        }
        if (codePoint < 0x80) {
            return String.format("\\x%02x", codePoint);
        }
        return codePoint <= 0xFFFF ? String.format("\\u%04x", codePoint) : String.format("\\U%08x", codePoint);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null || !needsEscaping(text, keepLines)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            if (keepLines && (codePoint == '\n' || codePoint == '\t')) {
                out.append((char) codePoint);
            } else {
                out.append(of(codePoint));
            }
        });
        return out.toString();
    }

    /** Most text has nothing to escape; it is returned as it is, without copying. */
    private static boolean needsEscaping(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint >= 0x20 && codePoint < 0x7F || keepLines && (codePoint == '\n' || codePoint == '\t')) {
                continue;
            }
            if (isInvisible(codePoint)) {
                return true;
            }
        }
        return false;
    }
}

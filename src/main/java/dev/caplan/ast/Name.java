package dev.caplan.ast;

import dev.caplan.source.Span;

/** A name as written: bare ({@code Deventer}) or quoted ({@code "Olst-Wijhe"}), without the quotes. */
public record Name(String text, boolean quoted, Span span) {

    /** The name in source form, quoted when it must be (or was). */
    public String source() {
        return quoted || !isBare(text) ? "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : text;
    }

    /** Whether a name can be written without quotes: a letter or '_' first, then letters, digits, '_'. */
    public static boolean isBare(String text) {
        if (text.isEmpty() || !(Character.isLetter(text.codePointAt(0)) || text.charAt(0) == '_')) {
            return false;
        }
        return text.codePoints().allMatch(Name::isNamePart) && !Keywords.isKeyword(text);
    }

    /** Letters, digits of any script and '_', as the grammar's IDENT rule ({@code [\p{L}\p{N}_]}) allows. */
    private static boolean isNamePart(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || c == '_' || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    @Override
    public String toString() {
        return text;
    }
}

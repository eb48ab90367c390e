package dev.caplan.lsp;

/**
 * The part of a name typed before the cursor: letters, digits and {@code _}, or, inside a quoted
 * name, everything after the opening quote on that line ({@code start} then is the quote's offset).
 * {@code text} is without the quote.
 */
record Word(int start, int end, String text, boolean quoted) {

    /** The word that ends at {@code offset}, or, {@code around}, the whole word {@code offset} is in. */
    static Word before(String source, int offset, boolean around) {
        int lineStart = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int quotes = 0;
        int lastQuote = -1;
        for (int i = lineStart; i < offset; i++) {
            char c = source.charAt(i);
            if (c == '#' && quotes % 2 == 0) {
                break;
            }
            if (c == '"') {
                quotes++;
                lastQuote = i;
            }
        }
        if (quotes % 2 == 1) {
            return new Word(lastQuote, offset, source.substring(lastQuote + 1, offset), true);
        }
        int start = offset;
        while (start > 0 && isNamePart(source.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (around && end < source.length() && isNamePart(source.charAt(end))) {
            end++;
        }
        return new Word(start, end, source.substring(start, end), false);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

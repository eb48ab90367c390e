package dev.caplan.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine's parser, told about caplan: Enter on an unfinished input opens a continuation line
 * instead of submitting, and words for completion end at brackets, commas and '=' as well as at
 * spaces (but not inside quotes), so {@code capacity[Dev} completes {@code Dev} and
 * {@code "ROL Zw} completes {@code "ROL Zw}. Quotes are left in the word, since quoted names are
 * completed with their quotes.
 */
final class InputParser extends DefaultParser {

    InputParser() {
        setQuoteChars(new char[0]);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && Inputs.unfinished(line)) {
            throw new EOFError(-1, cursor, "unfinished input", "...");
        }
        return super.parse(line, cursor, context);
    }

    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
        char ch = buffer.charAt(pos);
        return (Character.isWhitespace(ch) || "[](),=".indexOf(ch) >= 0) && !insideQuotes(buffer, pos);
    }

    /** Whether an odd number of quotes comes before {@code pos}: a space there is part of a quoted name. */
    private static boolean insideQuotes(CharSequence buffer, int pos) {
        int quotes = 0;
        for (int i = 0; i < pos; i++) {
            quotes += buffer.charAt(i) == '"' ? 1 : 0;
        }
        return quotes % 2 == 1;
    }
}

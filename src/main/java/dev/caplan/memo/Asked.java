package dev.caplan.memo;

import dev.caplan.engine.TopLevel;

/**
 * An expression as a memo writes it, with its time split off the way {@code caplan query} takes
 * them as options: {@code azc at 2023-07-01} is {@code azc} at {@code 2023-07-01}, and
 * {@code capacity[kind = CNO] over 2023-01 .. 2023-06 monthly} is asked over those months. Only a
 * last {@code at} or {@code over} outside brackets and quotes splits, so {@code sum(x over 2023-H1)}
 * stays one expression. Each part keeps its offset in the memo, so a diagnostic about it points
 * into the memo.
 */
record Asked(String expression, int expressionStart, String at, int atStart, String over, int overStart) {

    /** Splits {@code text}, which starts at {@code offset} in the memo. */
    static Asked split(String text, int offset) {
        int atWord = lastTopLevel(text, "at");
        int overWord = lastTopLevel(text, "over");
        int lead = text.length() - text.stripLeading().length();
        if (atWord < 0 && overWord < 0) {
            return new Asked(text.strip(), offset + lead, null, -1, null, -1);
        }
        boolean isAt = atWord > overWord;
        int word = isAt ? atWord : overWord;
        int valueFrom = word + (isAt ? 2 : 4);
        String value = text.substring(valueFrom);
        int valueStart = offset + valueFrom + (value.length() - value.stripLeading().length());
        String expression = text.substring(0, word).strip();
        return isAt ? new Asked(expression, offset + lead, value.strip(), valueStart, null, -1)
                : new Asked(expression, offset + lead, null, -1, value.strip(), valueStart);
    }

    /** Where the last {@code word} standing alone between spaces, outside brackets and quotes, starts; -1 if none. */
    private static int lastTopLevel(String text, String word) {
        boolean[] top = TopLevel.of(text);
        int found = -1;
        for (int i = 1; i < text.length(); i++) {
            if (top[i] && Character.isWhitespace(text.charAt(i - 1)) && text.startsWith(word, i)
                    && i + word.length() < text.length() && Character.isWhitespace(text.charAt(i + word.length()))) {
                found = i;
            }
        }
        return found;
    }

    /** How it reads in a document: the expression and its time, as written. */
    String shown() {
        return expression + (at != null ? " at " + at : over != null ? " over " + over : "");
    }
}

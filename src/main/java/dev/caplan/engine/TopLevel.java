package dev.caplan.engine;

/**
 * Which characters of an expression's text stand at its top level: outside quotes, parentheses,
 * brackets and braces, and not one of those marks. Texts that hold several expressions (a chart's
 * {@code azc, cno}, a memo's {@code EXPR at DATE}) are split there, so a comma or a word inside a
 * quoted name or a filter never splits them.
 */
public final class TopLevel {
    private TopLevel() {
    }

    /** For each character of {@code text}, whether it stands at the top level. */
    public static boolean[] of(String text) {
        boolean[] top = new boolean[text.length()];
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '(' || ch == '[' || ch == '{')) {
                depth++;
            } else if (!quoted && (ch == ')' || ch == ']' || ch == '}')) {
                depth--;
            } else {
                top[i] = !quoted && depth == 0;
            }
        }
        return top;
    }
}

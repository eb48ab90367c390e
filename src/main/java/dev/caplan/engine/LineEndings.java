package dev.caplan.engine;

/**
 * The line ending a file uses (LF, CRLF, or a lone CR), so that text the REPL adds to it ends its
 * lines the same way and a save leaves the file's style alone.
 */
final class LineEndings {

    private LineEndings() {
    }

    /** The first line ending in {@code text}; LF when it has none. */
    static String of(String text) {
        int at = text.indexOf('\r');
        int lf = text.indexOf('\n');
        if (at < 0 || lf >= 0 && lf < at) {
            return "\n";
        }
        return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? "\r\n" : "\r";
    }

    /** {@code text} (typed or made with LF) with every line ending written as {@code ending}. */
    static String as(String text, String ending) {
        String plain = text.replace("\r\n", "\n").replace('\r', '\n');
        return ending.equals("\n") ? plain : plain.replace("\n", ending);
    }
}

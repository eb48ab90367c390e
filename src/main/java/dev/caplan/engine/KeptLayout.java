package dev.caplan.engine;

import dev.caplan.diag.Diagnostics;
import dev.caplan.source.SourceFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps formatted files formatted through REPL tweaks: a file that {@code caplan fmt} would leave
 * as it is when the session first edits it is formatted again after each edit, so a tweak that
 * widens a line realigns the comments beside it, and {@code :save} leaves a file that
 * {@code caplan fmt --check} accepts. A file laid out by hand gets only the edit. Whether a file
 * is formatted is asked of the text it was loaded with, once per loaded text (formatting a large
 * file costs a parse; a reload from disk brings a new text and a new answer): edits of a formatted
 * file keep it formatted, and an undo takes back a formatted edit.
 */
final class KeptLayout {
    /** Per file, the text it was last loaded with and whether fmt would leave that text as it is. */
    private final Map<Path, Answer> formatted = new HashMap<>();

    private record Answer(String loaded, boolean formatted) {
    }

    /**
     * The edit to make instead of {@code change} on {@code text}, a file loaded as {@code loaded}:
     * the same edit widened to what formatting the result changes, or {@code change} itself.
     */
    TextEdit widen(TextEdit change, String text, String loaded) {
        if (loaded == null || !isFormatted(change.file(), loaded)) {
            return change;
        }
        String after = text.substring(0, change.offset()) + change.inserted()
                + text.substring(change.offset() + change.removed().length());
        String laidOut = format(change.file(), after);
        return laidOut == null ? change : between(change.file(), text, laidOut);
    }

    private boolean isFormatted(Path file, String loaded) {
        Answer answer = formatted.get(file);
        if (answer == null || answer.loaded() != loaded) { // the same text object: not reloaded since
            answer = new Answer(loaded, loaded.equals(format(file, loaded)));
            formatted.put(file, answer);
        }
        return answer.formatted();
    }

    /** The file's text as fmt writes it; null where it does not parse. */
    private static String format(Path file, String text) {
        return Formatting.formatText(new SourceFile(SourceLoader.displayName(file), file, text), new Diagnostics());
    }

    /** One edit that turns {@code from} into {@code to}: what lies between their common start and end. */
    static TextEdit between(Path file, String from, String to) {
        int start = 0;
        int limit = Math.min(from.length(), to.length());
        while (start < limit && from.charAt(start) == to.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < limit - start && from.charAt(from.length() - 1 - end) == to.charAt(to.length() - 1 - end)) {
            end++;
        }
        return new TextEdit(file, start, from.substring(start, from.length() - end), to.substring(start, to.length() - end));
    }
}

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
 * was formatted is asked once per file (formatting a large file costs a parse); its own edits keep
 * the answer true, and an undo takes back a formatted edit.
 */
final class KeptLayout {
    private final Map<Path, Boolean> formatted = new HashMap<>();

    /**
     * The edit to make instead of {@code change} on {@code text}: the same edit widened to what
     * formatting the result changes, or {@code change} itself.
     */
    TextEdit widen(TextEdit change, String text) {
        if (!formatted.computeIfAbsent(change.file(), file -> text.equals(format(file, text)))) {
            return change;
        }
        String after = text.substring(0, change.offset()) + change.inserted()
                + text.substring(change.offset() + change.removed().length());
        String laidOut = format(change.file(), after);
        return laidOut == null ? change : between(change.file(), text, laidOut);
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

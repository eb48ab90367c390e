package dev.caplan.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Where the lines of a text start, to turn character offsets into LSP positions (zero-based line
 * and UTF-16 character, the protocol's default) and back. A position past the end of a line or of
 * the text is clamped, since an editor may ask about a place the server's text no longer has.
 */
final class LineIndex {
    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
        this.length = text.length();
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = Arrays.binarySearch(starts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, clamped - starts[line]);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    int offset(Position position) {
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= starts.length) {
            return length;
        }
        int start = starts[position.getLine()];
        int end = position.getLine() + 1 < starts.length ? starts[position.getLine() + 1] - 1 : length;
        return Math.max(start, Math.min(start + Math.max(0, position.getCharacter()), end));
    }
}

package dev.caplan.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one model file with a line index, so that spans stored as character offsets can
 * be shown as 1-based line and column numbers without rescanning the text.
 */
public final class SourceFile {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String displayName;
    private final Path path;
    private final String text;
    private final int[] lineStarts;
    private final boolean byteOrderMark;

    public SourceFile(String displayName, Path path, String text) {
        this(displayName, path, text, false);
    }

    /**
     * A file whose bytes began with a UTF-8 byte-order mark: the mark is not part of {@code text}
     * (so it is no column), but a save writes it back.
     */
    public SourceFile(String displayName, Path path, String text, boolean byteOrderMark) {
        this.displayName = displayName;
        this.path = path;
        this.text = text;
        this.byteOrderMark = byteOrderMark;
        this.lineStarts = indexLines(text);
    }

    /** Whether {@code bytes} begin with the UTF-8 byte-order mark. */
    public static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }

    /** The bytes of a file's text: UTF-8, after the byte-order mark when the file has one. */
    public static byte[] encode(String text, boolean byteOrderMark) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!byteOrderMark) {
            return body;
        }
        byte[] bytes = new byte[body.length + BYTE_ORDER_MARK.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, bytes, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(body, 0, bytes, BYTE_ORDER_MARK.length, body.length);
        return bytes;
    }

    /** The bytes this file was read from (or a save writes): its text, after its byte-order mark if any. */
    public byte[] bytes() {
        return encode(text, byteOrderMark);
    }

    /** A file that exists only in memory (REPL input, tests, `caplan query` expressions). */
    public static SourceFile ofText(String displayName, String text) {
        return new SourceFile(displayName, null, text);
    }

    /** Lines end at LF, CRLF or a lone CR (old Mac files, some exports): each ends one line. */
    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ends = ch == '\n' || ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (ends) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** Whether the file's bytes began with a UTF-8 byte-order mark. */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    public String displayName() {
        return displayName;
    }

    /** The file on disk, or null for text that exists only in memory. */
    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line that holds the character at {@code offset}. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column of the character at {@code offset}, counting characters. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of a 1-based line without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return displayName;
    }
}

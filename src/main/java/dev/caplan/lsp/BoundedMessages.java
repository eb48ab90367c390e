package dev.caplan.lsp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The editor's byte stream, read as LSP4J's reader reads it (header lines, a blank line, then
 * {@code Content-Length} bytes of body), but ended at a message larger than {@link #MAX_BODY} or a
 * header longer than {@link #MAX_HEADER}: LSP4J allocates the whole body at the length the header
 * claims, so a hostile {@code Content-Length} would take the heap. An ended stream ends the server,
 * as a closed one does; what was refused is said on standard error.
 */
final class BoundedMessages extends FilterInputStream {
    /** The largest message body accepted: a model file may have 10 MB, and its text travels as JSON. */
    static final long MAX_BODY = 32L * 1024 * 1024;
    /** The most header bytes one message may have (an LSP header is two short lines). */
    static final int MAX_HEADER = 8 * 1024;

    private final StringBuilder line = new StringBuilder();
    private int headerBytes;
    private long declaredLength = -1;
    /** Bytes of body still to pass before the next header; 0 while reading a header. */
    private long body;
    private boolean refused;

    BoundedMessages(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        if (refused) {
            return -1;
        }
        int b = super.read();
        if (b < 0) {
            return b;
        }
        if (body > 0) {
            body--;
        } else {
            header(b);
        }
        return refused ? -1 : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (refused) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (body > 0) {
            int n = super.read(buffer, offset, (int) Math.min(length, body));
            if (n > 0) {
                body -= n;
            }
            return n;
        }
        int b = read();
        if (b < 0) {
            return -1;
        }
        buffer[offset] = (byte) b;
        return 1;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported on the editor's messages");
    }

    /** One byte of a header: a line ends at LF; a blank line ends the header and starts the body. */
    private void header(int b) {
        if (++headerBytes > MAX_HEADER) {
            refuse("a message header of more than " + MAX_HEADER + " bytes");
            return;
        }
        if (b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
            return;
        }
        String text = line.toString();
        line.setLength(0);
        if (!text.isEmpty()) {
            lengthOf(text);
            return;
        }
        headerBytes = 0;
        body = Math.max(0, declaredLength);
        declaredLength = -1;
    }

    private void lengthOf(String headerLine) {
        int colon = headerLine.indexOf(':');
        if (colon < 0 || !headerLine.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
            return;
        }
        String value = headerLine.substring(colon + 1).strip();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            refuse("a Content-Length that is not a number: " + shown(value));
        } else if (Long.parseLong(value) > MAX_BODY) {
            refuse("a message of " + value + " bytes (at most " + MAX_BODY + " are accepted)");
        } else {
            declaredLength = Long.parseLong(value);
        }
    }

    private static String shown(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return new String(cut.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII).replaceAll("[^ -~]", "?");
    }

    private void refuse(String what) {
        refused = true;
        System.err.println("caplan lsp: stopped reading the editor's messages: " + what);
    }
}

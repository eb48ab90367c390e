package dev.caplan.engine;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A model file's bytes as text: UTF-8, with or without a byte-order mark (kept aside, so it is no
 * column and a save writes it back). Bytes that are no UTF-8 are a diagnostic at the line and
 * column where the first one stands, never a silent replacement character.
 */
record ModelText(String text, boolean byteOrderMark) {
    /** The file's text, or why it is not UTF-8 text. */
    static SafeReader.Read decode(byte[] bytes, String shown, Path path) {
        boolean mark = SourceFile.startsWithByteOrderMark(bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes, mark ? 3 : 0, bytes.length - (mark ? 3 : 0));
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new SafeReader.Read.Text(new ModelText(out.flip().toString(), mark), bytes.length);
        }
        int badByte = in.get(in.position()) & 0xFF;
        int offset = out.position();
        // the rest of the file, with replacement characters, only to show the line in the excerpt
        String shownText = out.flip().toString() + StandardCharsets.UTF_8.decode(
                ByteBuffer.wrap(bytes, in.position(), bytes.length - in.position()));
        SourceFile file = new SourceFile(shown, path, shownText, mark);
        return new SafeReader.Read.Refused(Diagnostic.error(Code.ENCODING, new Span(file, offset, Math.min(offset + 1, shownText.length())),
                String.format("not UTF-8 text: the byte 0x%02X cannot start or continue a character here", badByte))
                .withHint("save the file as UTF-8 in your editor (it may be Latin-1 or Windows-1252 text)"));
    }
}

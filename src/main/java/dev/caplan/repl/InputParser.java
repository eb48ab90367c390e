package dev.caplan.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/** JLine's parser, but Enter on an unfinished input opens a continuation line instead of submitting. */
final class InputParser extends DefaultParser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && TerminalIO.unfinished(line)) {
            throw new EOFError(-1, cursor, "unfinished input", "...");
        }
        return super.parse(line, cursor, context);
    }
}

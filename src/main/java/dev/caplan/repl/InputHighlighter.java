package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours input as it is typed, from the language's own lexer: keywords, names, numbers, dates,
 * errors. With colour off (NO_COLOR, TERM=dumb, --color=never) it leaves the input as typed.
 */
final class InputHighlighter implements Highlighter {
    private final boolean colour;

    InputHighlighter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!colour) {
            return new AttributedString(buffer);
        }
        if (buffer.startsWith(":")) {
            return new AttributedString(buffer, AttributedStyle.BOLD);
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        int at = 0;
        for (Session.Piece piece : Session.pieces(buffer)) {
            out.append(buffer.substring(at, piece.start()));
            out.styled(style(piece.kind()), buffer.substring(piece.start(), piece.end()));
            at = piece.end();
        }
        out.append(buffer.substring(Math.min(at, buffer.length())));
        return out.toAttributedString();
    }

    private static AttributedStyle style(String kind) {
        return switch (kind) {
            case "KEYWORD" -> AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
            case "NUMBER" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case "PERIOD" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
            case "STRING" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case "COMMENT" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
            case "ERROR" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
            default -> AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors come from the lexer, not from a pattern
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // errors come from the lexer, not from an index
    }
}

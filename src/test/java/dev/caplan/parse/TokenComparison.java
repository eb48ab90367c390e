package dev.caplan.parse;

import dev.caplan.parse.antlr.CaplanLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/** The tokens of a text by {@link TokenScanner} and by ANTLR's generated lexer, which must be the same. */
public final class TokenComparison {

    private TokenComparison() {
    }

    /** Throws when the scanner's tokens of {@code text} differ from the generated lexer's. */
    public static void assertSameTokens(String text) {
        List<String> scanned = describe(new TokenScanner(CharStreams.fromString(text)));
        List<String> lexed = describe(new CaplanLexer(CharStreams.fromString(text)));
        if (!scanned.equals(lexed)) {
            int at = 0;
            while (at < Math.min(scanned.size(), lexed.size()) && scanned.get(at).equals(lexed.get(at))) {
                at++;
            }
            throw new IllegalStateException("TokenScanner differs from the grammar's lexer at token " + at + ": "
                    + (at < scanned.size() ? scanned.get(at) : "(none)") + " instead of "
                    + (at < lexed.size() ? lexed.get(at) : "(none)") + " in: "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
    }

    /** Each token as type/channel start..stop @line:column text, the end of file included. */
    static List<String> describe(TokenSource source) {
        if (source instanceof CaplanLexer lexer) {
            lexer.removeErrorListeners();
        }
        List<String> tokens = new ArrayList<>();
        Token token;
        do {
            token = source.nextToken();
            tokens.add(token.getType() + "/" + token.getChannel() + " " + token.getStartIndex() + ".." + token.getStopIndex()
                    + " @" + token.getLine() + ":" + token.getCharPositionInLine() + " " + token.getText());
        } while (token.getType() != Token.EOF);
        return tokens;
    }
}

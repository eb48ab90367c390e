package dev.caplan.parse;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.source.Limits;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Looks over a text's tokens before the parser does, for what the parser would choke on: ANTLR
 * descends one level of its call stack per open bracket and per leading minus sign, so ten
 * thousand nested parentheses would end in a StackOverflowError. Refuses such a text with one
 * located diagnostic; also names, texts and numbers too long to be meant.
 */
final class InputLimits {

    private InputLimits() {
    }

    /** Whether the tokens are within the limits; reports the first place they are not. */
    static boolean check(List<Token> tokens, SourceFile file, Diagnostics diagnostics) {
        int depth = 0;
        int signs = 0;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
                continue;
            }
            int type = token.getType();
            if (type == CaplanLexer.LPAREN || type == CaplanLexer.LBRACK || type == CaplanLexer.LBRACE) {
                depth++;
            } else if (type == CaplanLexer.RPAREN || type == CaplanLexer.RBRACK || type == CaplanLexer.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
            signs = type == CaplanLexer.MINUS ? signs + 1 : 0;
            String problem = depth > Limits.NESTING || signs > Limits.NESTING
                    ? "nested more than " + Limits.NESTING + " deep" : tooLong(token);
            if (problem != null) {
                diagnostics.error(Code.LIMIT, span(file, token), problem, hint(type));
                return false;
            }
        }
        return true;
    }

    private static String tooLong(Token token) {
        int type = token.getType();
        if (type != CaplanLexer.IDENT && type != CaplanLexer.STRING && type != CaplanLexer.NUMBER) {
            return null;
        }
        // The token's length in code points is known without making its text; a character is one
        // or two chars, so a token of at most half the limit in code points is within it, and a number
        // has no more digits than characters (every token of an ordinary model: the text is made only
        // for the few long ones).
        int codePoints = token.getStopIndex() - token.getStartIndex() + 1;
        int limit = type == CaplanLexer.IDENT ? Limits.NAME_LENGTH
                : type == CaplanLexer.STRING ? Limits.TEXT_LENGTH + 2 : Limits.DIGITS;
        boolean within = type == CaplanLexer.NUMBER ? codePoints <= limit : 2L * codePoints <= limit; // digits <= length
        if (codePoints >= 0 && within) {
            return null;
        }
        String text = token.getText();
        return switch (type) {
            case CaplanLexer.IDENT -> text.length() > Limits.NAME_LENGTH
                    ? "a name longer than " + Limits.NAME_LENGTH + " characters" : null;
            case CaplanLexer.STRING -> text.length() - 2 > Limits.TEXT_LENGTH
                    ? "a text longer than " + Limits.TEXT_LENGTH + " characters" : null;
            default -> digits(text) > Limits.DIGITS
                    ? "a number of more than " + Limits.DIGITS + " digits" : null;
        };
    }

    private static long digits(String number) {
        return number.chars().filter(Character::isDigit).count();
    }

    private static String hint(int type) {
        return switch (type) {
            case CaplanLexer.IDENT, CaplanLexer.STRING -> "caplan's limits are listed in docs/language.md (Limits)";
            case CaplanLexer.NUMBER -> "caplan computes exactly with at most " + Limits.DIGITS + " digits";
            default -> "split the expression into definitions (let a = ...), each nested less deep";
        };
    }

    private static Span span(SourceFile file, Token token) {
        int start = Math.min(token.getStartIndex(), file.text().length());
        return new Span(file, start, Math.min(file.text().length(), Math.max(start + 1, token.getStopIndex() + 1)));
    }
}

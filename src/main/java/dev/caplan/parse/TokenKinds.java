package dev.caplan.parse;

import dev.caplan.ast.Keywords;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.parse.antlr.CaplanParser;

/** Maps the lexer's token types to the kinds the REPL colours. */
final class TokenKinds {

    private TokenKinds() {
    }

    static TokenKind of(int type) {
        return switch (type) {
            case CaplanLexer.IDENT -> TokenKind.NAME;
            case CaplanLexer.STRING -> TokenKind.STRING;
            case CaplanLexer.NUMBER -> TokenKind.NUMBER;
            case CaplanLexer.DATE, CaplanLexer.WEEK, CaplanLexer.MONTH, CaplanLexer.QUARTER, CaplanLexer.HALF -> TokenKind.PERIOD;
            case CaplanLexer.COMMENT -> TokenKind.COMMENT;
            case CaplanLexer.ERROR_CHAR -> TokenKind.ERROR;
            case CaplanLexer.PLUS, CaplanLexer.MINUS, CaplanLexer.STAR, CaplanLexer.SLASH, CaplanLexer.LT, CaplanLexer.LE,
                    CaplanLexer.GT, CaplanLexer.GE, CaplanLexer.EQ, CaplanLexer.NE, CaplanLexer.QUESTION, CaplanLexer.GLUED_QUESTION,
                    CaplanLexer.PERCENT, CaplanLexer.PLUSMINUS, CaplanLexer.DOTDOT -> TokenKind.OPERATOR;
            default -> isKeyword(type) ? TokenKind.KEYWORD : TokenKind.OTHER;
        };
    }

    private static boolean isKeyword(int type) {
        String literal = CaplanParser.VOCABULARY.getLiteralName(type);
        return literal != null && Keywords.isKeyword(literal.replace("'", ""));
    }
}

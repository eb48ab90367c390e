package dev.caplan.parse;

import dev.caplan.ast.Keywords;
import dev.caplan.diag.NameHints;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.parse.antlr.CaplanParser;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Recognises, at a syntax error, text an analyst pasted or typed the way Dutch documents write it:
 * a grouped or decimal-comma number ({@code 1.596.163}, {@code 659,612}, {@code 98,5}), a date
 * day first ({@code 07-04-2022}) and a hyphenated name written bare ({@code Olst-Wijhe}). The lexer
 * cuts each into several tokens with nothing between them; a space anywhere ({@code a - b},
 * {@code f(1, 234)}) means the tokens were meant apart, so only glued tokens are read together.
 */
final class CommonMistakes {

    /** The glued text from {@code start} to {@code end} and what it likely meant. */
    record Mistake(int start, int end, String text, String hint) {
    }

    /** A kind of mistake: which tokens it is made of, and the hint for their text (null: not this mistake). */
    private record Shape(IntPredicate glues, Function<String, String> hint) {
    }

    private static final Shape[] SHAPES = {
        new Shape(type -> type == CaplanLexer.NUMBER || type == CaplanLexer.COMMA || type == CaplanLexer.ERROR_CHAR,
                PastedNumber::hint),
        new Shape(type -> type == CaplanLexer.NUMBER || type == CaplanLexer.MINUS || type == CaplanLexer.SLASH,
                DayFirstDate::hint),
        new Shape(type -> type == CaplanLexer.IDENT || type == CaplanLexer.MINUS || isWord(type),
                NameHints::hyphenated),
    };

    private CommonMistakes() {
    }

    /**
     * The mistake the offending token is part of, or null. The token must not be the first of the
     * glued run: the parser took the run's first part as a whole number, date or name and failed on
     * what came next.
     */
    static Mistake around(TokenStream tokens, Token offending) {
        int index = offending.getTokenIndex();
        if (index < 0 || offending.getType() == Token.EOF) {
            return null; // a token the error recovery made up has no place in the text
        }
        if (tokens instanceof BufferedTokenStream buffered) {
            buffered.fill(); // the parser has not read past the error yet; the rest of the run is needed
        }
        for (Shape shape : SHAPES) {
            Mistake mistake = read(tokens, index, shape);
            if (mistake != null) {
                return mistake;
            }
        }
        return null;
    }

    private static Mistake read(TokenStream tokens, int index, Shape shape) {
        if (!shape.glues().test(tokens.get(index).getType())) {
            return null;
        }
        int first = index;
        while (first > 0 && glued(tokens.get(first - 1), tokens.get(first), shape)) {
            first--;
        }
        int last = index;
        while (last + 1 < tokens.size() && glued(tokens.get(last), tokens.get(last + 1), shape)) {
            last++;
        }
        if (first == index) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(tokens.get(i).getText());
        }
        String hint = shape.hint().apply(text.toString());
        return hint == null ? null
                : new Mistake(tokens.get(first).getStartIndex(), tokens.get(last).getStopIndex() + 1, text.toString(), hint);
    }

    /** Whether {@code next} follows {@code before} without a space, and both can be part of the mistake. */
    private static boolean glued(Token before, Token next, Shape shape) {
        return next.getType() != Token.EOF && before.getStopIndex() + 1 == next.getStartIndex()
                && shape.glues().test(before.getType()) && shape.glues().test(next.getType());
    }

    /** A part of a hyphenated name may be spelled like a keyword ({@code Noord-over}); it is still a part of the name. */
    private static boolean isWord(int type) {
        String literal = CaplanParser.VOCABULARY.getLiteralName(type);
        return literal != null && Keywords.isKeyword(literal.replace("'", ""));
    }
}

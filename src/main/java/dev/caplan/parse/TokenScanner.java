package dev.caplan.parse;

import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.parse.antlr.CaplanParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The tokens of a text, as the lexer of {@code Caplan.g4} makes them, by hand. The grammar's lexer
 * rules stay the definition: this scanner gives the same tokens (type, channel, start, stop, line,
 * column), which {@code TokenScannerTest} checks against ANTLR's generated lexer on every model,
 * example and test file and on random text. It exists for speed: ANTLR's lexer simulates its state
 * machine per character and, in a fresh process, first deserialises tables with every Unicode
 * letter and builds its state cache from nothing (about 40 ms of a short command's 300); this is a
 * loop per character.
 *
 * <p>Longest match, the earlier rule on a tie, as ANTLR's lexer: keywords before names, a {@code ?}
 * right after a digit or {@code %} is {@code GLUED_QUESTION}, and any character no rule takes is one
 * {@code ERROR_CHAR} (the lexer never fails; the parser reports it).
 */
public final class TokenScanner implements TokenSource {

    private static final int HIDDEN = Token.HIDDEN_CHANNEL;

    /** Keywords by their text (from the grammar's vocabulary), and those with a '-' in them. */
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();
    private static final List<String> HYPHENATED = new ArrayList<>();
    private static final List<Integer> HYPHENATED_TYPES = new ArrayList<>();
    private static final int LONGEST_KEYWORD;

    static {
        Vocabulary vocabulary = CaplanParser.VOCABULARY; // the parser's, the same tokens: CaplanLexer's would load its tables
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal == null || literal.length() < 3 || !Character.isLetter(literal.charAt(1))) {
                continue;
            }
            String text = literal.substring(1, literal.length() - 1);
            if (text.indexOf('-') >= 0) {
                HYPHENATED.add(text);
                HYPHENATED_TYPES.add(type);
            } else {
                KEYWORDS.put(text, type);
            }
        }
        LONGEST_KEYWORD = KEYWORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private final CharStream input;
    private final Pair<TokenSource, CharStream> source;
    private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;
    private int line = 1;
    private int column;

    public TokenScanner(CharStream input) {
        this.input = input;
        this.source = new Pair<>(this, input);
    }

    /** Every token but the end of file, as ANTLR's {@code Lexer.getAllTokens}. */
    public List<Token> allTokens() {
        List<Token> tokens = new ArrayList<>();
        for (Token token = nextToken(); token.getType() != Token.EOF; token = nextToken()) {
            tokens.add(token);
        }
        return tokens;
    }

    @Override
    public Token nextToken() {
        int start = input.index();
        int startLine = line;
        int startColumn = column;
        int first = input.LA(1);
        if (first == IntStream.EOF) {
            return factory.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, start, start - 1, line, column);
        }
        long match = match(first, start);
        int type = (int) (match >>> 32);
        int length = (int) match;
        for (int i = 0; i < length; i++) {
            if (input.LA(1) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
            input.consume();
        }
        int channel = type == CaplanLexer.WS || type == CaplanLexer.COMMENT ? HIDDEN : Token.DEFAULT_CHANNEL;
        return factory.create(source, type, null, channel, start, start + length - 1, startLine, startColumn);
    }

    /** The token that starts with {@code first} at {@code start}: its type in the high half, its length in code points in the low. */
    private long match(int first, int start) {
        switch (first) {
            case ' ', '\t', '\r', '\n', '\f':
                return token(CaplanLexer.WS, whitespace());
            case '#':
                return token(CaplanLexer.COMMENT, toLineEnd());
            case '"': {
                int length = string();
                return length > 0 ? token(CaplanLexer.STRING, length) : token(CaplanLexer.ERROR_CHAR, 1);
            }
            case '<':
                return input.LA(2) == '=' ? token(CaplanLexer.LE, 2) : token(CaplanLexer.LT, 1);
            case '>':
                return input.LA(2) == '=' ? token(CaplanLexer.GE, 2) : token(CaplanLexer.GT, 1);
            case '!':
                return input.LA(2) == '=' ? token(CaplanLexer.NE, 2) : token(CaplanLexer.ERROR_CHAR, 1);
            case '.':
                return input.LA(2) == '.' ? token(CaplanLexer.DOTDOT, 2) : token(CaplanLexer.ERROR_CHAR, 1);
            case '=':
                return token(CaplanLexer.EQ, 1);
            case '+':
                return token(CaplanLexer.PLUS, 1);
            case '-':
                return token(CaplanLexer.MINUS, 1);
            case '*':
                return token(CaplanLexer.STAR, 1);
            case '/':
                return token(CaplanLexer.SLASH, 1);
            case '(':
                return token(CaplanLexer.LPAREN, 1);
            case ')':
                return token(CaplanLexer.RPAREN, 1);
            case '{':
                return token(CaplanLexer.LBRACE, 1);
            case '}':
                return token(CaplanLexer.RBRACE, 1);
            case '[':
                return token(CaplanLexer.LBRACK, 1);
            case ']':
                return token(CaplanLexer.RBRACK, 1);
            case ',':
                return token(CaplanLexer.COMMA, 1);
            case '%':
                return token(CaplanLexer.PERCENT, 1);
            case '±':
                return token(CaplanLexer.PLUSMINUS, 1);
            case '?':
                return token(glued(start) ? CaplanLexer.GLUED_QUESTION : CaplanLexer.QUESTION, 1);
            default:
                if (isDigit(first)) {
                    return numberOrPeriod();
                }
                if (IdentifierChars.isStart(first)) {
                    return word();
                }
                return token(CaplanLexer.ERROR_CHAR, 1);
        }
    }

    private static long token(int type, int length) {
        return (long) type << 32 | length;
    }

    private int whitespace() {
        int n = 1;
        for (int c = input.LA(n + 1); c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; c = input.LA(n + 1)) {
            n++;
        }
        return n;
    }

    private int toLineEnd() {
        int n = 1;
        for (int c = input.LA(n + 1); c != IntStream.EOF && c != '\r' && c != '\n'; c = input.LA(n + 1)) {
            n++;
        }
        return n;
    }

    /** {@code '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'}: its length, 0 when it does not close. */
    private int string() {
        int n = 1;
        while (true) {
            int c = input.LA(n + 1);
            if (c == '"') {
                return n + 1;
            }
            if (c == IntStream.EOF || c == '\r' || c == '\n') {
                return 0;
            }
            if (c == '\\') {
                int escaped = input.LA(n + 2);
                if (escaped == IntStream.EOF || escaped == '\r' || escaped == '\n') {
                    return 0;
                }
                n += 2;
            } else {
                n++;
            }
        }
    }

    /** A '?' whose character before is a digit or '%' (the grammar's {@code isGlued}). */
    private boolean glued(int start) {
        if (start <= 0) {
            return false;
        }
        int before = input.LA(-1);
        return before >= '0' && before <= '9' || before == '%';
    }

    /**
     * A number ({@code DIGIT (DIGIT | '_')* ('.' DIGIT+)?}) or a period that starts with a
     * four-digit year ({@code 2023-07-01}, {@code 2023-07}, {@code 2023-Q3}, {@code 2023-W05},
     * {@code 2023-H2}), whichever is longer.
     */
    private long numberOrPeriod() {
        int n = 1;
        while (isDigit(input.LA(n + 1)) || input.LA(n + 1) == '_') {
            n++;
        }
        if (input.LA(n + 1) == '.' && isDigit(input.LA(n + 2))) {
            n += 2;
            while (isDigit(input.LA(n + 1))) {
                n++;
            }
        }
        long period = period();
        return period != 0 && (int) period > n ? period : token(CaplanLexer.NUMBER, n);
    }

    /** The period at the input, or 0. */
    private long period() {
        if (!isDigit(input.LA(2)) || !isDigit(input.LA(3)) || !isDigit(input.LA(4)) || input.LA(5) != '-') {
            return 0;
        }
        int after = input.LA(6);
        if (isDigit(after)) {
            int month = digitsFrom(6);
            if (input.LA(month + 1) == '-' && isDigit(input.LA(month + 2))) {
                return token(CaplanLexer.DATE, digitsFrom(month + 2));
            }
            return token(CaplanLexer.MONTH, month);
        }
        if (!isDigit(input.LA(7))) {
            return 0;
        }
        return switch (after) {
            case 'Q' -> token(CaplanLexer.QUARTER, digitsFrom(7));
            case 'W' -> token(CaplanLexer.WEEK, digitsFrom(7));
            case 'H' -> token(CaplanLexer.HALF, digitsFrom(7));
            default -> 0;
        };
    }

    /** The length up to the last of the digits that start at (1-based) lookahead {@code from}. */
    private int digitsFrom(int from) {
        int n = from;
        while (isDigit(input.LA(n + 1))) {
            n++;
        }
        return n;
    }

    /** A name, a keyword, or a keyword with a '-' in it ({@code half-yearly}) that is longer than the name. */
    private long word() {
        int n = 1;
        while (IdentifierChars.isPart(input.LA(n + 1))) {
            n++;
        }
        long longest = 0;
        for (int i = 0; i < HYPHENATED.size(); i++) {
            String keyword = HYPHENATED.get(i);
            if (keyword.length() > n && (int) longest < keyword.length() && matches(keyword)) {
                longest = token(HYPHENATED_TYPES.get(i), keyword.length());
            }
        }
        if (longest != 0) {
            return longest;
        }
        Integer keyword = n <= LONGEST_KEYWORD ? KEYWORDS.get(textOf(n)) : null;
        return token(keyword != null ? keyword : CaplanLexer.IDENT, n);
    }

    private boolean matches(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (input.LA(i + 1) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String textOf(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 1; i <= length; i++) {
            text.appendCodePoint(input.LA(i));
        }
        return text.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return column;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    @Override
    public String getSourceName() {
        return input.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }
}

package dev.caplan.parse;

import dev.caplan.ast.Keywords;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics with readable wording: "unexpected 'x'" and a hint
 * listing what could come instead, in words an analyst knows ("a date", "a name") rather than
 * token names. Where the error falls inside a common mistake ({@link CommonMistakes}: a Dutch
 * number, a date day first, a hyphenated name written bare) the diagnostic covers the whole of it
 * and says what was likely meant. Collects every error; recovery is left to ANTLR's default strategy.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
    private static final int MAX_EXPECTED = 8;

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private int lastErrorOffset = -1;
    /**
     * From each common mistake reported to the end of its line: ANTLR's recovery from it. Its
     * errors ("unexpected ']'" after {@code capacity[Olst-Wijhe]}) and the declarations it finds
     * ({@code kind AZC} after {@code location "X" in Olst-Wijhe}) say nothing the analyst wrote.
     */
    private final List<Span> recoveries = new ArrayList<>();

    SyntaxErrorCollector(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Where the errors of this text go. */
    Diagnostics diagnostics() {
        return diagnostics;
    }

    SourceFile file() {
        return file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token)) {
            return; // the lexer never fails: unknown characters become ERROR_CHAR tokens
        }
        Span span = spanOf(token);
        if (span.start() == lastErrorOffset) {
            return; // ANTLR may report the same token twice while recovering
        }
        if (isRecovery(span.start())) {
            return;
        }
        lastErrorOffset = span.start();
        Parser parser = recognizer instanceof Parser p ? p : null;
        String message = "unexpected " + describe(token);
        CommonMistakes.Mistake mistake = parser == null ? null : CommonMistakes.around(parser.getInputStream(), token);
        if (mistake != null) {
            report(mistake, message);
            return;
        }
        String hint = parser == null ? null : expectedHint(parser);
        if (isKeyword(token) && "expected a name".equals(hint)) {
            hint = "'" + token.getText() + "' is a keyword; to use it as a name, quote it: \"" + token.getText() + "\"";
        }
        diagnostics.error(Code.SYNTAX, span, message, hint);
    }

    private void report(CommonMistakes.Mistake mistake, String message) {
        int mistakeLine = file.lineOf(mistake.start());
        int lineEnd = mistakeLine < file.lineCount() ? file.lineStart(mistakeLine + 1) : file.text().length();
        recoveries.add(new Span(file, mistake.start(), Math.max(lineEnd, mistake.end())));
        diagnostics.error(Code.SYNTAX, new Span(file, mistake.start(), mistake.end()), message + " in " + mistake.text(),
                mistake.hint());
    }

    /** Whether the text at {@code offset} lies in the parser's recovery from a common mistake (see {@link #recoveries}). */
    boolean isRecovery(int offset) {
        for (Span span : recoveries) { // a loop, not a stream: asked once per item of every file
            if (span.start() <= offset && offset < span.end()) {
                return true;
            }
        }
        return false;
    }

    private Span spanOf(Token token) {
        int start = Math.min(token.getStartIndex(), file.text().length());
        if (token.getType() == Token.EOF || start < 0) {
            int end = file.text().length();
            return new Span(file, Math.max(0, end), Math.max(0, end));
        }
        int end = Math.max(start + 1, Math.min(token.getStopIndex() + 1, file.text().length()));
        return new Span(file, start, end);
    }

    private static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case CaplanLexer.ERROR_CHAR -> "character '" + token.getText() + "'";
            case CaplanLexer.STRING -> "text " + token.getText();
            case CaplanLexer.NUMBER -> "number " + token.getText();
            case CaplanLexer.IDENT -> "name '" + token.getText() + "'";
            default -> "'" + token.getText() + "'";
        };
    }

    private static boolean isKeyword(Token token) {
        return Keywords.isKeyword(token.getText());
    }

    private static String expectedHint(Parser parser) {
        IntervalSet expected;
        try {
            expected = parser.getExpectedTokens();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null; // no parser state to ask (the error came from a finished rule)
        }
        if (expected.contains(CaplanLexer.LET) && expected.contains(CaplanLexer.LOCATION)) {
            return DeclarationWords.hint();
        }
        List<String> words = new ArrayList<>();
        for (int type : expected.toList()) {
            String word = type == CaplanLexer.NUMBER && expected.contains(CaplanLexer.DATE)
                    ? expectedWord(parser, CaplanLexer.DATE) : expectedWord(parser, type);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty() || words.size() > MAX_EXPECTED) {
            return null;
        }
        return "expected " + String.join(", ", words.subList(0, words.size() - 1))
                + (words.size() > 1 ? " or " : "") + words.get(words.size() - 1);
    }

    private static String expectedWord(Parser parser, int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case CaplanLexer.IDENT, CaplanLexer.STRING -> "a name";
            case CaplanLexer.NUMBER -> "a number";
            case CaplanLexer.DATE, CaplanLexer.WEEK, CaplanLexer.MONTH, CaplanLexer.QUARTER, CaplanLexer.HALF -> "a date or period";
            default -> parser.getVocabulary().getLiteralName(type) != null
                    ? parser.getVocabulary().getLiteralName(type)
                    : parser.getVocabulary().getDisplayName(type);
        };
    }
}

package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.parse.antlr.CaplanLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written {@link TokenScanner} makes exactly the tokens of ANTLR's lexer generated from
 * {@code Caplan.g4}, which stays the definition: same type, channel, start, stop, line and column
 * for every token, end of file included, on every model, example, test input and document in the
 * repository and on random text made of the pieces where lexers go wrong.
 */
class TokenScannerTest {

    private static final List<Path> CORPUS = List.of(Path.of("models"), Path.of("examples"),
            Path.of("src/test/resources"), Path.of("docs"));

    /** Pieces of random text: keywords and their neighbours, periods half made, escapes, odd characters. */
    private static final String[] PIECES = {
        "location", "locations", "capacity", "half", "half-year", "half-yearly", "half-years", "half-", "to", "tox",
        "municipality", "in", "import", "x", "_a", "L01", "é", "e\u0301", "ª", "\u0663", "\uD835\uDC00", "\uD83D\uDE00",
        "\u00A0", "\u202E", "\u0000", "\u001B", "0", "7", "2023", "2023-", "2023-0", "2023-07", "2023-07-", "2023-07-01",
        "2023-Q", "2023-Q3", "2023-W", "2023-W05", "2023-H", "2023-H2", "20234-01", "1_000", "1.5", "1.", "1..5", "..",
        ".", "?", "%", "%?", "5?", "±", "<", "<=", ">", ">=", "!", "!=", "=", "+", "-", "*", "/", "(", ")", "{", "}",
        "[", "]", ",", "\"", "\"a b\"", "\"\\\"\"", "\\", "\"\\", "#", "# note", " ", "  ", "\t", "\r", "\n", "\r\n",
        "\f", "\uFEFF",
    };

    @TestFactory
    Stream<DynamicTest> everyFileInTheRepositoryLexesAsAntlrLexesIt() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : CORPUS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(TokenScannerTest::isText).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () ->
                assertSameTokens(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))));
    }

    @Test
    void randomTextLexesAsAntlrLexesIt() {
        Random random = new Random(20261202);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(random.nextInt(8) == 0 ? Character.toString(random.nextInt(0x11000))
                        : PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameTokens(text.toString());
            new TokenScanner(CharStreams.fromString(text.toString())).allTokens().forEach(t -> seen.add(t.getType()));
        }
        assertThat(seen).as("the random text reaches the tokens where lexers go wrong").contains(CaplanLexer.GLUED_QUESTION,
                CaplanLexer.QUESTION, CaplanLexer.HALF_YEAR, CaplanLexer.HALF_YEARLY, CaplanLexer.DATE, CaplanLexer.MONTH,
                CaplanLexer.QUARTER, CaplanLexer.WEEK, CaplanLexer.HALF, CaplanLexer.NUMBER, CaplanLexer.STRING,
                CaplanLexer.IDENT, CaplanLexer.ERROR_CHAR, CaplanLexer.DOTDOT, CaplanLexer.NE, CaplanLexer.LE,
                CaplanLexer.COMMENT, CaplanLexer.WS, CaplanLexer.PLUSMINUS, CaplanLexer.MUNICIPALITY);
    }

    @Test
    void theTokensOfALine() {
        List<Token> tokens = new TokenScanner(CharStreams.fromString("capacity 100? from 2024-01-01 # soon")).allTokens();
        assertThat(tokens).extracting(Token::getType).containsExactly(CaplanLexer.CAPACITY, CaplanLexer.WS,
                CaplanLexer.NUMBER, CaplanLexer.GLUED_QUESTION, CaplanLexer.WS, CaplanLexer.FROM, CaplanLexer.WS,
                CaplanLexer.DATE, CaplanLexer.WS, CaplanLexer.COMMENT);
        assertThat(tokens.get(tokens.size() - 1).getChannel()).isEqualTo(Token.HIDDEN_CHANNEL);
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".caplan") || name.endsWith(".md") || name.endsWith(".cmd") || name.endsWith(".err")
                || name.endsWith(".in") || name.endsWith(".txt");
    }

    private static void assertSameTokens(String text) {
        TokenComparison.assertSameTokens(text);
    }
}

package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.caplan.ast.Keywords;
import dev.caplan.parse.antlr.CaplanLexer;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TextMate grammar (editors/caplan.tmLanguage.json, what VS Code and GitHub-style highlighters
 * colour with) and the ANTLR lexer (what caplan reads) agree on keywords, numbers, dates and
 * periods, '?' marks and comments, character by character, on every model, example and test case:
 * the grammar is run by vscode-textmate on Oniguruma, as VS Code runs it (editors/tokenize.js),
 * so the two cannot drift. Needs Node.js and the packages editors/setup installs.
 */
class TextMateTokensTest {
    private static final Path EDITORS = Path.of("editors");
    private static final Path GRAMMAR = EDITORS.resolve("caplan.tmLanguage.json");
    private static final List<Path> ROOTS = List.of(Path.of("models"), Path.of("examples"),
            Path.of("src/test/resources/cases"));
    /** Where the grammar spells a list of words: {@code (?:add|aggregate|...)} or {@code (?!(?:add|...)}. */
    private static final Pattern WORD_LIST = Pattern.compile("\\(\\?:([a-z]+(?:\\|[a-z]+){9,})\\)");

    /** The classes of token both must agree on; a token of neither class is {@code null}. */
    enum Kind { KEYWORD, NUMBER, PERIOD, COMMENT, TENTATIVE, UNKNOWN }

    @Test
    void theKeywordRuleHasEveryKeywordOfTheLexer() {
        String keywordRule = grammar().get("repository").get("keywords").get("match").asString();
        Matcher words = WORD_LIST.matcher(keywordRule);

        assertThat(words.lookingAt()).as("the keyword rule starts with its word list: %s", keywordRule).isTrue();
        assertThat(wordsOf(words.group(1))).isEqualTo(new TreeSet<>(Keywords.ALL));
    }

    /** The rules that take a name before a string must not take a keyword for one: their lists are complete too. */
    @Test
    void everyListOfKeywordsInTheGrammarIsComplete() {
        List<Set<String>> lists = new ArrayList<>();
        Matcher words = WORD_LIST.matcher(grammarText());
        while (words.find()) {
            lists.add(wordsOf(words.group(1)));
        }
        assertThat(lists).hasSizeGreaterThanOrEqualTo(3).allSatisfy(list ->
                assertThat(list).isEqualTo(new TreeSet<>(Keywords.ALL)));
    }

    @Test
    void modelsExamplesAndCasesAreColouredAsTheLexerReadsThem() throws IOException {
        List<Path> files = caplanFiles();
        assertThat(files).hasSizeGreaterThan(20);

        assertAgree(files);
    }

    /** Spellings where only the lexer's longest match tells what a piece is. */
    @Test
    void edgeCasesAgree(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("edges.caplan");
        Files.writeString(file, """
                let in2 = x2023 + 2023in + _at + format_x   # keywords inside names, and after a number
                columns 2023-Q1..2023-Q4, 2023-W52 .. 2024-W02 weekly, 2023-H1 .. 2024-H2 half-yearly, 2023-07 .. 2024
                let a = 12345-01 + 2023-07-x + 2023-Q + 1_000.5..2_000 + 1.x + 2023-07-01-05 + 2023-7-1 + 123-01 + 99-Q1
                let b = 5 %? + 5%? + 100? + ? + 400..600? + 10 ± 2% + 2023?
                note "a # that is text, not a comment" # but this is one
                kind NO "emergency \\"reception\\"", AZC "asylum" # escapes
                location "unterminated in X kind Y { capacity 3 }
                notes "x" half-years halfyearly Café Zwölf ünter1 "Zw\u00f6lf" \u00e9t\u00e9
                \r
                let c = 1\r
                """, StandardCharsets.UTF_8);

        assertAgree(List.of(file));
    }

    private static void assertAgree(List<Path> files) throws IOException {
        JsonNode tokenized = tokenize(files);
        List<String> disagreements = new ArrayList<>();
        for (JsonNode file : tokenized) {
            Path path = Path.of(file.get("file").asString());
            String text = Files.readString(path, StandardCharsets.UTF_8);
            disagreements.addAll(disagreements(path, text, textMateKinds(text, file.get("tokens"))));
        }
        assertThat(tokenized).hasSize(files.size());
        assertThat(disagreements).as("tokens the lexer and the TextMate grammar class differently").isEmpty();
    }

    /** Each lexer token whose characters the grammar does not all give the token's own class. */
    private static List<String> disagreements(Path path, String text, Kind[] textMate) {
        List<String> found = new ArrayList<>();
        int[] charIndex = charIndexOfCodePoints(text);
        CaplanLexer lexer = new CaplanLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token token : lexer.getAllTokens()) {
            Kind expected = kindOf(token.getType());
            int start = charIndex[token.getStartIndex()];
            int end = charIndex[token.getStopIndex() + 1];
            Set<Kind> seen = new HashSet<>();
            for (int i = start; i < end; i++) {
                seen.add(textMate[i]);
            }
            if (seen.size() != 1 || seen.iterator().next() != expected) {
                found.add("%s:%d:%d %s: the lexer reads %s, the grammar colours %s".formatted(path, token.getLine(),
                        token.getCharPositionInLine() + 1, quote(text.substring(start, end)), expected, seen));
            }
        }
        return found;
    }

    private static Kind kindOf(int type) {
        return switch (type) {
            case CaplanLexer.GLUED_QUESTION -> Kind.TENTATIVE;
            case CaplanLexer.QUESTION -> Kind.UNKNOWN;
            default -> switch (TokenKinds.of(type)) {
                case KEYWORD -> Kind.KEYWORD;
                case NUMBER -> Kind.NUMBER;
                case PERIOD -> Kind.PERIOD;
                case COMMENT -> Kind.COMMENT;
                default -> null;
            };
        };
    }

    /** The class the grammar gives each character of the text ({@code null}: none of them). */
    private static Kind[] textMateKinds(String text, JsonNode tokens) {
        Kind[] kinds = new Kind[text.length()];
        for (JsonNode token : tokens) {
            Set<Kind> classes = EnumSet.noneOf(Kind.class);
            for (JsonNode scope : token.get("scopes")) {
                classOf(scope.asString(), classes);
            }
            if (classes.size() > 1) {
                fail("a TextMate token with two classes %s: %s".formatted(classes, token));
            }
            Kind kind = classes.isEmpty() ? null : classes.iterator().next();
            Arrays.fill(kinds, token.get("start").asInt(), token.get("end").asInt(), kind);
        }
        return kinds;
    }

    private static void classOf(String scope, Set<Kind> classes) {
        if (scope.startsWith("keyword.control.")) {
            classes.add(Kind.KEYWORD);
        } else if (scope.startsWith("constant.numeric.")) {
            classes.add(Kind.NUMBER);
        } else if (scope.startsWith("constant.other.date.")) {
            classes.add(Kind.PERIOD);
        } else if (scope.startsWith("comment.")) {
            classes.add(Kind.COMMENT);
        } else if (scope.startsWith("keyword.operator.tentative.")) {
            classes.add(Kind.TENTATIVE);
        } else if (scope.startsWith("constant.language.unknown.")) {
            classes.add(Kind.UNKNOWN);
        }
    }

    /** ANTLR counts code points, Java and vscode-textmate count UTF-16 units: index i of the one is entry i here. */
    private static int[] charIndexOfCodePoints(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int at = 0;
        for (int i = 0; i < index.length - 1; i++) {
            index[i] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        index[index.length - 1] = text.length();
        return index;
    }

    /** Runs editors/tokenize.js on the files: the grammar as VS Code runs it. */
    private static JsonNode tokenize(List<Path> files) throws IOException {
        assumeNodeAndPackages();
        List<String> command = new ArrayList<>(List.of("node", EDITORS.resolve("tokenize.js").toString()));
        files.forEach(file -> command.add(file.toString()));
        Path output = Files.createTempFile("caplan-tokens", ".json");
        try {
            Process node = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!node.waitFor(2, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                fail("editors/tokenize.js did not finish in 2 minutes");
            }
            assertThat(node.exitValue()).as("exit code of editors/tokenize.js").isZero();
            return JsonMapper.builder().build().readTree(Files.readString(output));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * Without Node.js the test is skipped; with Node.js but without the packages it is skipped too,
     * except in CI, where .ci/run has run editors/setup and a skip would hide a broken grammar.
     */
    private static void assumeNodeAndPackages() {
        assumeTrue(nodeRuns(), "Node.js (node) is not on the PATH: the TextMate grammar cannot be run");
        boolean installed = Files.isDirectory(EDITORS.resolve("node_modules/vscode-textmate"))
                && Files.isDirectory(EDITORS.resolve("node_modules/vscode-oniguruma"));
        if (System.getenv("CI") != null && !installed) {
            fail("editors/node_modules is missing in CI: .ci/run must run editors/setup first");
        }
        assumeTrue(installed, "editors/node_modules is missing: run editors/setup to install vscode-textmate");
    }

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> caplanFiles() throws IOException {
        return TestFiles.caplanFiles(ROOTS);
    }

    private static JsonNode grammar() {
        return JsonMapper.builder().build().readTree(grammarText());
    }

    private static Set<String> wordsOf(String alternation) {
        return new TreeSet<>(List.of(alternation.split("\\|")));
    }

    private static String quote(String text) {
        return "`" + text.replace("\r", "\\r").replace("\n", "\\n") + "`";
    }

    private static String grammarText() {
        try {
            return Files.readString(GRAMMAR, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + GRAMMAR, e);
        }
    }
}

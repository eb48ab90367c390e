package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.ast.Keywords;
import dev.caplan.parse.antlr.CaplanLexer;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;

/** The language's reserved words are exactly the grammar's word tokens, so neither list can drift from the other. */
class KeywordsTest {

    @Test
    void keywordsAreTheGrammarsWords() {
        assertThat(new TreeSet<>(Keywords.ALL)).isEqualTo(grammarWords());
    }

    @Test
    void theGrammarHasWords() {
        assertThat(grammarWords()).contains("import", "scenario", "to").doesNotContain("half-yearly");
    }

    /** Every literal token of the lexer that is a word ({@code 'import'}, not {@code '<='} or {@code 'half-year'}). */
    private static Set<String> grammarWords() {
        Vocabulary vocabulary = CaplanLexer.VOCABULARY;
        Set<String> words = new TreeSet<>();
        for (int type = 0; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null) {
                String text = literal.substring(1, literal.length() - 1);
                if (text.matches("[a-z]+")) {
                    words.add(text);
                }
            }
        }
        return words;
    }
}

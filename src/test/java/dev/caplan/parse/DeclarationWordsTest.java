package dev.caplan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.parse.antlr.CaplanParser;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

/**
 * The words the hint says a declaration starts with are the words the grammar's {@code item}
 * rule starts with: a new kind of declaration cannot be left out of the hint.
 */
class DeclarationWordsTest {

    @Test
    void theHintNamesEveryWordAnItemStartsWith() {
        assertThat(new TreeSet<>(DeclarationWords.all())).isEqualTo(itemStarts());
        assertThat(DeclarationWords.all()).doesNotHaveDuplicates();
    }

    @Test
    void theGrammarsItemsStartWithWords() {
        assertThat(itemStarts()).contains("import", "country", "municipality", "kind", "group", "quota", "reported",
                "scenario").doesNotContain("area");
    }

    @Test
    void theHintReadsAsAList() {
        assertThat(DeclarationWords.hint()).isEqualTo("a declaration starts with import, country, province, region, "
                + "municipality, kind, group, location, table, let, report, quota, actual, key, check, reported or scenario");
    }

    /** The tokens that can start an {@code item}, as the parser's own state machine knows them. */
    private static Set<String> itemStarts() {
        ATN atn = CaplanParser._ATN;
        IntervalSet first = atn.nextTokens(atn.ruleToStartState[CaplanParser.RULE_item]);
        Set<String> words = new TreeSet<>();
        for (int type : first.toList()) {
            String literal = CaplanParser.VOCABULARY.getLiteralName(type);
            words.add(literal == null ? CaplanParser.VOCABULARY.getSymbolicName(type) : literal.replace("'", ""));
        }
        return words;
    }
}

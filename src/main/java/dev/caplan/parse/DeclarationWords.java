package dev.caplan.parse;

import dev.caplan.ast.AreaLevel;
import dev.caplan.ast.ItemKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a declaration starts with, for the hint at a line that starts with none of them. Made
 * from {@link ItemKind}, so a new kind of declaration is in the hint without anyone remembering it;
 * {@code DeclarationWordsTest} checks the list against the grammar's {@code item} rule.
 */
final class DeclarationWords {
    private static final List<String> WORDS = build();

    private DeclarationWords() {
    }

    /** In the order of {@link ItemKind}: import, country, province, region, municipality, kind, group, ... */
    static List<String> all() {
        return WORDS;
    }

    /** "a declaration starts with import, country, ... or scenario". */
    static String hint() {
        return "a declaration starts with " + String.join(", ", WORDS.subList(0, WORDS.size() - 1)) + " or "
                + WORDS.get(WORDS.size() - 1);
    }

    private static List<String> build() {
        List<String> words = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            if (kind == ItemKind.AREAS) {
                // areas are declared by their level; "area" itself is the word of a filter
                for (AreaLevel level : AreaLevel.values()) {
                    words.add(level.keyword());
                }
            } else {
                words.add(kind.word());
            }
        }
        return List.copyOf(words);
    }
}

package dev.caplan.ast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of declaration as a modeller names them: the word that starts the declaration, and
 * what a change to one reaches. Every {@link Item} says its kind; switches over this enum are
 * exhaustive, so a new kind is a compile error wherever a kind decides something.
 */
public enum ItemKind {
    IMPORT("import"),
    AREAS("area"),
    KINDS("kind"),
    TARGET_GROUPS("group"),
    LOCATION("location"),
    TABLE("table"),
    LET("let"),
    REPORT("report"),
    QUOTA("quota"),
    ACTUAL("actual"),
    KEY("key"),
    CHECK("check"),
    REPORTED("reported"),
    SCENARIO("scenario");

    private final String word;

    ItemKind(String word) {
        this.word = word;
    }

    /** The word a modeller uses for the kind ({@code location}, {@code let}, ...), in messages and scenarios. */
    public String word() {
        return word;
    }

    /** The kind a scenario's {@code drop WORD NAME} names, or empty for a word that names none. */
    public static Optional<ItemKind> ofWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word.equals(word)).findFirst();
    }

    /**
     * Whether a change to a declaration of this kind can change how every location or quota reads:
     * areas, kinds and target groups resolve every location; quotas, keys and actuals feed every
     * quota. A change to any other kind reaches only what names it.
     */
    public boolean reachesEverything() {
        return switch (this) {
            case AREAS, KINDS, TARGET_GROUPS, QUOTA, KEY, ACTUAL -> true;
            case IMPORT, LOCATION, TABLE, LET, REPORT, CHECK, REPORTED, SCENARIO -> false;
        };
    }
}

package dev.caplan.ast;

import java.util.Set;

/** The reserved words of the language; a name spelled like one must be quoted. */
public final class Keywords {
    public static final Set<String> ALL = Set.of(
            "import", "country", "province", "region", "municipality", "area", "kind", "group",
            "location", "table", "let", "report", "capacity", "from", "until", "during", "note",
            "rows", "columns", "aggregate", "total", "format", "as", "in", "not", "by", "at", "over",
            "quota", "actual", "key", "check", "reported", "tolerance", "level", "flow", "per", "backlog", "carry", "on",
            "scenario", "extends", "exercise", "options", "option", "without", "tentative", "add", "drop", "extend",
            "expand", "to", "if", "known");

    private Keywords() {
    }

    public static boolean isKeyword(String word) {
        return ALL.contains(word);
    }
}

package dev.caplan.check;

import dev.caplan.ast.Name;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.source.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One namespace (areas, kinds, locations, ...) being filled: reports a second declaration of a
 * name as a duplicate pointing at the first, and an unknown name with a "did you mean" hint.
 */
final class NameTable<T> {
    private final String what;
    private final Map<String, T> entries;
    private final Map<String, Span> declaredAt;

    NameTable(String what) {
        this(what, 16);
    }

    /** A table sized for about {@code expected} names, so a national model's 10,000 do not rehash again and again. */
    NameTable(String what, int expected) {
        this.what = what;
        int capacity = Math.max(16, expected * 4 / 3 + 1);
        this.entries = new LinkedHashMap<>(capacity);
        this.declaredAt = new HashMap<>(capacity);
    }

    /** Adds the entry unless the name is taken; returns whether it was added. */
    boolean declare(Name name, T entry, Diagnostics diagnostics) {
        Span first = declaredAt.get(name.text());
        if (first != null) {
            diagnostics.error(Code.DUPLICATE_NAME, name.span(), what + " '" + name.text() + "' is declared twice",
                    "the first declaration is at " + first.location());
            return false;
        }
        entries.put(name.text(), entry);
        declaredAt.put(name.text(), name.span());
        return true;
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    T get(String name) {
        return entries.get(name);
    }

    /** The entry, or null after reporting the name as unknown. */
    T resolve(Name name, Diagnostics diagnostics) {
        T entry = entries.get(name.text());
        if (entry == null) {
            reportUnknown(name, diagnostics);
        }
        return entry;
    }

    void reportUnknown(Name name, Diagnostics diagnostics) {
        diagnostics.error(Code.UNKNOWN_NAME, name.span(), "unknown " + what + " '" + name.text() + "'",
                NameHints.didYouMean(name.text(), entries.keySet()));
    }

    Map<String, T> asMap() {
        return entries;
    }
}

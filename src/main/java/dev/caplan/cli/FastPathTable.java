package dev.caplan.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the fast path knows of one command ({@link FastPath}), read from {@link FastPathTableText}:
 * its mixins, its arguments and each option's names, the field it sets and its default. That text
 * is made from picocli's model of the commands, which stays the one place options are declared
 * ({@code FastPathTableTest} fails when the two differ, and rewrites the file with
 * {@code -Dgolden.update=true}). A class, not a resource: opening a resource in the jar cost a
 * short command ~15 ms.
 *
 * <p>Lines: {@code command NAME CLASS}, then for that command {@code mixin FIELD CLASS} (classes of
 * this package, by their simple names),
 * {@code arguments TARGET MIN TYPE}, {@code value NAMES TARGET TYPE required|optional [DEFAULT]}, {@code flag NAMES
 * TARGET} and {@code refer NAMES} (an option only picocli handles: help, a converter); NAMES are
 * comma-separated, TARGET is {@code field} or {@code mixin.field} ({@code -}: read elsewhere, not
 * set), TYPE is {@code text} or {@code path}.
 */
record FastPathTable(String command, String className, List<Mixin> mixins, Arguments arguments,
                     Map<String, Option> options) {

    record Mixin(String field, String className) {
    }

    /** The command's positional arguments: a list of at least {@code min}, of text or paths. */
    record Arguments(String target, int min, boolean paths) {
    }

    /**
     * An option: a flag, a value (of text or a path, required or not, with its default or null), or
     * one left to picocli.
     */
    record Option(String kind, String target, boolean path, boolean required, String defaultValue) {
        boolean flag() {
            return kind.equals("flag");
        }

        boolean referred() {
            return kind.equals("refer");
        }
    }

    /** The command's table; empty when the fast path does not run it. */
    static Optional<FastPathTable> of(String command) {
        String className = null;
        List<Mixin> mixins = new ArrayList<>();
        Arguments arguments = null;
        Map<String, Option> options = new HashMap<>();
        for (String line : FastPathTableText.TEXT.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] word = line.split(" ", 6);
            if (word[0].equals("command")) {
                if (className != null) {
                    break; // the next command's block
                }
                className = word[1].equals(command) ? word[2] : null;
                continue;
            }
            if (className == null) {
                continue;
            }
            switch (word[0]) {
                case "mixin" -> mixins.add(new Mixin(word[1], word[2]));
                case "arguments" -> arguments = new Arguments(word[1], Integer.parseInt(word[2]), word[3].equals("path"));
                case "value" -> put(options, word[1], new Option("value", word[2], word[3].equals("path"),
                        word[4].equals("required"), word.length > 5 ? word[5] : null));
                case "flag" -> put(options, word[1], new Option("flag", word[2], false, false, null));
                case "refer" -> put(options, word[1], new Option("refer", "-", false, false, null));
                default -> throw new IllegalStateException("FastPathTableText: unknown line: " + line);
            }
        }
        return className == null || arguments == null ? Optional.empty()
                : Optional.of(new FastPathTable(command, className, mixins, arguments, options));
    }

    private static void put(Map<String, Option> options, String names, Option option) {
        for (String name : names.split(",")) {
            options.put(name, option);
        }
    }
}

package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What may come next at the end of some input, terminal-free so tests can ask. Names that need
 * quotes are offered quoted.
 */
final class Completions {

    private Completions() {
    }

    static List<String> of(Repl repl, String before) {
        if (before.startsWith(":") && !before.contains(" ")) {
            List<String> commands = new ArrayList<>();
            repl.commands().all().forEach(c -> commands.add(":" + c.name()));
            return startingWith(commands, before);
        }
        String word = lastWord(before);
        Session.Names names = repl.session().names();
        TreeSet<String> words = new TreeSet<>();
        if (before.startsWith(":")) {
            String command = before.substring(1).split("\\s+")[0];
            List<MetaCommand> matches = repl.commands().matching(command);
            if (matches.size() == 1 && matches.get(0).completes() == MetaCommand.ArgumentKind.REPORT) {
                return startingWith(names.reports(), word);
            }
            if (matches.size() == 1 && matches.get(0).completes() == MetaCommand.ArgumentKind.SCENARIO) {
                return startingWith(names.scenarios(), word);
            }
            if (matches.size() == 1 && matches.get(0).completes() == MetaCommand.ArgumentKind.COMMAND) {
                return startingWith(repl.commands().all().stream().map(MetaCommand::name).toList(), word);
            }
        }
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return startingWith(repl.session().dates(), word);
        }
        for (List<String> sort : List.of(names.locations(), names.areas(), names.definitions(), names.quotas(),
                names.tables(), names.kinds())) {
            sort.forEach(name -> words.add(quoted(name)));
        }
        words.addAll(Session.keywords());
        words.addAll(Session.functionNames());
        return startingWith(new ArrayList<>(words), word);
    }

    /** The word being typed: from the last space or bracket, including an opening quote. */
    static String lastWord(String before) {
        int start = before.length();
        boolean inQuote = before.chars().filter(c -> c == '"').count() % 2 == 1;
        if (inQuote) {
            return before.substring(before.lastIndexOf('"'));
        }
        while (start > 0 && " \t[(,=".indexOf(before.charAt(start - 1)) < 0) {
            start--;
        }
        return before.substring(start);
    }

    private static String quoted(String name) {
        return Session.asWritten(name);
    }

    private static List<String> startingWith(List<String> candidates, String prefix) {
        return candidates.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}

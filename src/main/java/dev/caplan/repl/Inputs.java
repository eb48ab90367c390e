package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one input ends, for the terminal and for plain streams alike. A line that starts with
 * ':' is a command and always stands alone: typed while an expression is unfinished, it ends that
 * expression (which is then answered as it is, with what it lacks) instead of being swallowed
 * into it.
 */
final class Inputs {

    private Inputs() {
    }

    static boolean isCommand(String line) {
        return line.strip().startsWith(":");
    }

    /**
     * Whether the text needs more lines: not a command, not blank, and unfinished for the engine.
     * Text too deeply nested to parse counts as finished: it is answered, and the answer says why
     * it cannot be (a stack overflow here would escape the line editor).
     */
    static boolean unfinished(String text) {
        if (text.isBlank() || isCommand(text) || isCommand(lastLine(text))) {
            return false;
        }
        try {
            return Session.isIncomplete(text);
        } catch (StackOverflowError tooDeep) {
            return false;
        }
    }

    /** A buffer cut into inputs at each line that starts with ':'; blank pieces are left out. */
    static List<String> split(String buffer) {
        List<String> inputs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : buffer.split("\n", -1)) {
            if (isCommand(line)) {
                add(inputs, current);
                inputs.add(line);
            } else {
                current.append(current.length() == 0 ? "" : "\n").append(line);
            }
        }
        add(inputs, current);
        return inputs.isEmpty() ? List.of(buffer) : inputs;
    }

    private static void add(List<String> inputs, StringBuilder text) {
        if (!text.toString().isBlank()) {
            inputs.add(text.toString());
        }
        text.setLength(0);
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }
}

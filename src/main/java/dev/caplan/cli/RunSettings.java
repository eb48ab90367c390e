package dev.caplan.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * What one run of caplan goes by besides its command: whether standard output and standard error
 * are coloured, whether an internal error shows its stack trace, and the environment it read
 * (given, not read here, so tests can set it).
 *
 * <p>It is read from the arguments before picocli parses them ({@link #scan}), since picocli
 * prints help and usage errors, coloured or not, before any command runs. picocli still parses
 * the same options ({@link CaplanCommand}), so they are listed in help and a bad value is refused.
 */
record RunSettings(Colour.When when, boolean colourOut, boolean colourErr, boolean debug,
                   Map<String, String> environment) {

    static RunSettings scan(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Colour.When when = Colour.When.AUTO;
        boolean debug = "1".equals(environment.get("CAPLAN_DEBUG"));
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String arg = args[i];
            if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.startsWith("--color=")) {
                when = Colour.When.parse(arg.substring("--color=".length())).orElse(when);
            } else if (arg.equals("--color") && i + 1 < args.length) {
                when = Colour.When.parse(args[i + 1]).orElse(when);
            }
        }
        return new RunSettings(when, Colour.decide(when, environment, Terminals.isTerminal(out)),
                Colour.decide(when, environment, Terminals.isTerminal(err)), debug, Map.copyOf(environment));
    }

    /** Whether a terminal the REPL runs on is coloured (it is a terminal: only the rules remain). */
    boolean colourTerminal() {
        return Colour.decide(when, environment, true);
    }
}

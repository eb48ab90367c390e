package dev.caplan.repl;

import dev.caplan.diag.Visible;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes what can be typed at the cursor: meta-commands after ':', then their arguments
 * (report and scenario names), and in expressions and changes: names of locations, areas,
 * definitions, quotas, tables, kinds, keywords and the model's dates. A name is inserted as it is
 * but listed with its invisible characters escaped ({@link Visible}).
 */
final class InputCompleter implements Completer {
    private final Supplier<Repl> repl;

    InputCompleter(Supplier<Repl> repl) {
        this.repl = repl;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        Completions.of(repl.get(), line.line().substring(0, line.cursor())).forEach(word ->
                candidates.add(new Candidate(word, Visible.text(word), null, null, null, null, !word.endsWith("\""))));
    }
}

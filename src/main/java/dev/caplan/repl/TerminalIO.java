package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A real terminal through JLine: line editing, history in a file, completion, colours from the
 * language's own lexer, and a continuation prompt while a block or expression is unfinished.
 * Ctrl-C clears the line; Ctrl-D leaves.
 */
final class TerminalIO implements ReplIO {
    private static final String PROMPT = "caplan> ";
    private static final String CONTINUATION = "   ...> ";

    private final Terminal terminal;
    private final LineReader reader;

    TerminalIO(Supplier<Repl> repl, Path history) {
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("caplan")
                .parser(new InputParser())
                .highlighter(new InputHighlighter())
                .completer(new InputCompleter(repl))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
    }

    @Override
    public String read() {
        while (true) {
            try {
                return reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                // Ctrl-C: the line is dropped, the session goes on
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void print(String text) {
        terminal.writer().print(text);
        terminal.writer().flush();
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // closing a terminal that is going away anyway
        }
    }

    /** Whether a line needs more lines: the engine parses it and finds it unfinished. */
    static boolean unfinished(String buffer) {
        return !buffer.strip().startsWith(":") && !buffer.isBlank() && Session.isIncomplete(buffer);
    }
}

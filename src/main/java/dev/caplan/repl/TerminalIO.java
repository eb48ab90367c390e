package dev.caplan.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A real terminal through JLine: line editing, history in a file, completion, colours from the
 * language's own lexer (unless colour is off: NO_COLOR, TERM=dumb, --color=never), and a
 * continuation prompt while a block or expression is unfinished. The prompt is
 * {@code caplan*>} while there are unsaved changes. Ctrl-C clears the line; Ctrl-D leaves.
 */
final class TerminalIO implements ReplIO {
    private static final String PROMPT = "caplan> ";
    private static final String PROMPT_UNSAVED = "caplan*> ";
    /** JLine styles for completion lists; emptied when colour is off. */
    private static final String[] COMPLETION_STYLES = {LineReader.COMPLETION_STYLE_STARTING,
        LineReader.COMPLETION_STYLE_DESCRIPTION, LineReader.COMPLETION_STYLE_GROUP,
        LineReader.COMPLETION_STYLE_BACKGROUND, LineReader.COMPLETION_STYLE_LIST_STARTING,
        LineReader.COMPLETION_STYLE_LIST_DESCRIPTION, LineReader.COMPLETION_STYLE_LIST_GROUP,
        LineReader.COMPLETION_STYLE_LIST_BACKGROUND};

    private final Terminal terminal;
    private final LineReader reader;
    /** Inputs of one accepted buffer not yet handed out: a command ends the input before it. */
    private final Deque<String> queued = new ArrayDeque<>();

    TerminalIO(Supplier<Repl> repl, Path history, boolean colour) {
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("caplan")
                .parser(new InputParser())
                .highlighter(new InputHighlighter(colour))
                .completer(new InputCompleter(repl))
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        if (!colour) {
            for (String style : COMPLETION_STYLES) {
                builder.variable(style, "");
            }
        }
        reader = builder.build();
    }

    @Override
    public String read(boolean unsaved) {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        String prompt = unsaved ? PROMPT_UNSAVED : PROMPT;
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, " ".repeat(prompt.length() - 5) + "...> ");
        while (true) {
            try {
                queued.addAll(Inputs.split(reader.readLine(prompt)));
                return queued.poll();
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
    public void error(String text) {
        print(text);
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
}

package dev.caplan.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Plain streams: reads lines (joining lines while the input is unfinished, as a terminal shows a
 * continuation prompt, until a line that starts with ':'), writes answers to one stream and
 * problems to another, as they are: no prompts, no escape codes. Used for piped input,
 * {@code --script FILE} and tests.
 */
final class StreamIO implements ReplIO {
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    /** A command line read while joining lines: it ended the input before it and is the next one. */
    private String pending;

    StreamIO(BufferedReader in, PrintWriter out, PrintWriter err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public String read(boolean unsaved) {
        try {
            String line = pending != null ? pending : in.readLine();
            pending = null;
            if (line == null) {
                return null;
            }
            StringBuilder input = new StringBuilder(line);
            while (Inputs.unfinished(input.toString())) {
                String next = in.readLine();
                if (next == null) {
                    break;
                }
                if (Inputs.isCommand(next)) {
                    pending = next;
                    break;
                }
                input.append('\n').append(next);
            }
            return input.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public void error(String text) {
        err.print(text);
        err.flush();
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
    }
}

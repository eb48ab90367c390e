package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Plain streams: reads lines (joining lines while the input is unfinished, as a terminal shows a
 * continuation prompt), writes text as it is: no prompts, no escape codes. Used for piped input,
 * {@code --script FILE} and tests.
 */
final class StreamIO implements ReplIO {
    private final BufferedReader in;
    private final PrintWriter out;

    StreamIO(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String read() {
        try {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            StringBuilder input = new StringBuilder(line);
            while (!line.startsWith(":") && Session.isIncomplete(input.toString())) {
                line = in.readLine();
                if (line == null) {
                    break;
                }
                input.append('\n').append(line);
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
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        out.flush();
    }
}

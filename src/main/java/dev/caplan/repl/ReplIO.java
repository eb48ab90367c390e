package dev.caplan.repl;

/**
 * Where the REPL reads and writes: a terminal (with editing, colours and completion) or plain
 * streams (piped input, a script, a test), so the loop never knows which.
 */
public interface ReplIO extends AutoCloseable {

    /** The next complete input (possibly several lines), or null at the end of input. */
    String read();

    void print(String text);

    /** Whether a person is typing: prompts, colours and a greeting are for them only. */
    boolean interactive();

    @Override
    void close();
}

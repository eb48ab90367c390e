package dev.caplan.repl;

/**
 * Where the REPL reads and writes: a terminal (with editing, colours and completion) or plain
 * streams (piped input, a script, a test), so the loop never knows which.
 */
public interface ReplIO extends AutoCloseable {

    /**
     * The next complete input (possibly several lines), or null at the end of input.
     * {@code unsaved}: whether the session holds unsaved changes, which the prompt shows.
     */
    String read(boolean unsaved);

    /** Writes an answer. */
    void print(String text);

    /** Writes problems and notices: standard error for plain streams, the same screen on a terminal. */
    void error(String text);

    /** Whether a person is typing: prompts, colours and a greeting are for them only. */
    boolean interactive();

    @Override
    void close();
}

package dev.caplan.cli;

/** Process exit codes (the BSD sysexits values that jlox also uses). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CHECKS_FAILED = 1;
    /** EX_USAGE: the command line is wrong (an unknown option, a bad option value, an unknown report). */
    public static final int USAGE = 64;
    /** EX_DATAERR: caplan text has errors, in the model's files, an expression or REPL input. */
    public static final int MODEL_ERRORS = 65;
    /** EX_SOFTWARE: a bug in caplan. */
    public static final int INTERNAL_ERROR = 70;
    /** EX_CANTCREAT: an output cannot be made without destroying what is there. */
    public static final int CANNOT_CREATE = 73;

    private ExitCodes() {
    }
}

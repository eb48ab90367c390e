package dev.caplan.cli;

/** Process exit codes (the BSD sysexits values that jlox also uses). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CHECKS_FAILED = 1;
    public static final int USAGE = 64;
    public static final int MODEL_ERRORS = 65;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}

package dev.caplan;

import dev.caplan.cli.CaplanCommand;

/** The program entry: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = CaplanCommand.run(args, System.out, System.err);
        } catch (Throwable thrown) { // run() reports what commands throw; this is for caplan failing to start at all
            System.err.println("caplan: internal error (a bug in caplan): " + thrown
                    + "; please report it with the command line (CAPLAN_DEBUG=1 shows the stack trace)");
            if ("1".equals(System.getenv("CAPLAN_DEBUG"))) {
                thrown.printStackTrace();
            }
            code = 70;
        }
        System.exit(code);
    }
}

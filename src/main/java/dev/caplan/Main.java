package dev.caplan;

import dev.caplan.cli.CaplanCommand;

/** The program entry: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CaplanCommand.run(args, System.out, System.err));
    }
}

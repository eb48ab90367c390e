package dev.caplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command the fast path may run without picocli ({@link FastPath}): its options and arguments are
 * plain words, paths and flags, and it does its work in {@link #run(Invocation)}, which does not
 * know who parsed its command line. picocli runs it through {@link #call()}.
 */
abstract class FastCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        return run(Invocation.of(spec.commandLine()));
    }

    /** Does the command's work; returns its exit code. */
    abstract int run(Invocation invocation);
}

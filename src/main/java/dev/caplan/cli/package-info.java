/**
 * The command line (picocli): {@code caplan eval | query | check | explain | ledger | compare | repl
 * | generate | completion}, one class per subcommand, listed once in {@link dev.caplan.cli.CaplanCommand}. Takes
 * arguments; drives the {@code engine} facade only; prints results to standard output and
 * diagnostics to standard error; returns the exit codes in {@link dev.caplan.cli.ExitCodes}; colours by the usual rules
 * ({@link dev.caplan.cli.Colour}); never ends with a stack trace ({@link dev.caplan.cli.InternalErrors}). The
 * only package that sees picocli. A plain command line of the commands that load a model runs without
 * picocli's model ({@link dev.caplan.cli.FastPath}), from a table made from picocli's annotations.
 */
package dev.caplan.cli;

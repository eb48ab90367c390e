/**
 * The command line (picocli): {@code caplan eval | query | check | explain | ledger | compare | repl
 * | generate}, one class per subcommand, listed once in {@link dev.caplan.cli.CaplanCommand}. Takes
 * arguments; drives the {@code engine} facade only; prints results to standard output and
 * diagnostics to standard error; returns the exit codes in {@link dev.caplan.cli.ExitCodes}. The
 * only package that sees picocli.
 */
package dev.caplan.cli;

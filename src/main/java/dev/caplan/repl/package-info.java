/**
 * The REPL: a loop over a {@link dev.caplan.repl.ReplIO} (a JLine terminal with colours, completion,
 * history and continuation lines; or plain streams for pipes, scripts and tests) that sends input
 * to the engine's {@link dev.caplan.engine.Session} and meta-commands to one table. The only
 * package that sees JLine; takes nothing from the stages but what the engine gives.
 */
package dev.caplan.repl;

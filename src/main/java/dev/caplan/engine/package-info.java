/**
 * The engine facade. Takes paths and questions (a report name, an expression and a time);
 * gives {@link dev.caplan.engine.Outcome}s of result tables with diagnostics. {@link dev.caplan.engine.Pipeline}
 * is the one place listing the stages (parse, check, evaluate, render). The command line and the
 * REPL use only this package, never the stages' insides.
 */
package dev.caplan.engine;

/**
 * The engine facade. Takes paths and questions (a report name, an expression and a time);
 * gives {@link dev.caplan.engine.Outcome}s of result tables with diagnostics.
 * {@link dev.caplan.engine.Pipeline} is the one place listing the stages (parse, check, evaluate,
 * render) and the one route from texts to results, for a fresh load and for a REPL edit alike;
 * {@code Question} is the one path from an expression and columns to an answer;
 * {@link dev.caplan.engine.Session} edits, recomputes, undoes and saves a model for the REPL. The
 * command line and the REPL use only this package (and the result and output types it hands out),
 * never the stages' insides.
 */
package dev.caplan.engine;

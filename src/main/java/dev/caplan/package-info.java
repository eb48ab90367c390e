/**
 * caplan: a plain-text planning language for reception capacity, its interpreter and command
 * line. {@link dev.caplan.Main} starts the command line ({@code cli}), which drives the engine
 * ({@code engine}); the stages are listed in {@code engine.Pipeline}.
 */
package dev.caplan;

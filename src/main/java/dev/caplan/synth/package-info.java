/**
 * Synthetic models for benchmarks and tests: {@link dev.caplan.synth.ModelGenerator} writes a
 * national-scale model as ordinary .caplan files, deterministically from a seed; {@code Floor} is
 * the hand-written lower bound the benchmarks compare with, and {@code Workloads} the questions
 * they ask through the engine. The command line exposes the generator as {@code caplan generate}.
 */
package dev.caplan.synth;

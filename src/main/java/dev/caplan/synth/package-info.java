/**
 * Synthetic models for benchmarks and tests: {@link dev.caplan.synth.ModelGenerator} writes a
 * national-scale model as ordinary .caplan files, deterministically from a seed. Depends on nothing
 * else in caplan; the command line exposes it as {@code caplan generate}.
 */
package dev.caplan.synth;

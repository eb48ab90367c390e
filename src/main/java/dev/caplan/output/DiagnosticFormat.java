package dev.caplan.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How diagnostics are written: for people ({@code text}, the one rendering of
 * {@link dev.caplan.diag.DiagnosticRenderer}), or for programs ({@code json}, {@code sarif}). Apart
 * from {@link Format}, which says how results are written: a command that prints results chooses
 * both, {@code caplan check}, whose output is its diagnostics, only this one.
 */
public enum DiagnosticFormat {
    /** {@code file:line:col: error: message [E-CODE]}, the source excerpt and the hint. */
    TEXT,
    /** One JSON document with a {@code diagnostics} array, one object per diagnostic. */
    JSON,
    /** A SARIF 2.1.0 log, the format code-review platforms annotate pull requests from. */
    SARIF;

    /** Reads a format by its lowercase name; empty for anything else, so the caller can word its own error. */
    public static Optional<DiagnosticFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.displayName().equals(name)).findFirst();
    }

    /** The lowercase name users type, the inverse of {@link #parse(String)}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the diagnostics make one document, written once at the end of a run rather than as they come. */
    public boolean isDocument() {
        return this != TEXT;
    }
}

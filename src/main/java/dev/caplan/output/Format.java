package dev.caplan.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats a user can ask for, e.g. with {@code --format csv}. */
public enum Format {
    /** Aligned plain text for a terminal. */
    TABLE,
    /** Tidy, one line per cell, for spreadsheets and scripts. */
    CSV,
    /** Exact, structured, for other programs. */
    JSON,
    /** GitHub pipe tables, for pasting into documents and issues. */
    MARKDOWN,
    /** An Excel workbook, a sheet per report: binary, written to a file ({@code -o FILE.xlsx}). */
    XLSX;

    /**
     * Reads a format by its lowercase name ({@code table}, {@code csv}, {@code json},
     * {@code markdown}, {@code xlsx}); empty for anything else, so the caller can word its own error.
     */
    public static Optional<Format> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.displayName().equals(name)).findFirst();
    }

    /** Whether the format is binary (xlsx): written to a file, never to a terminal. */
    public boolean binary() {
        return this == XLSX;
    }

    /** The lowercase name users type, the inverse of {@link #parse(String)}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

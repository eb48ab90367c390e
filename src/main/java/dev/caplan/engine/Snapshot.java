package dev.caplan.engine;

import java.util.Map;

/**
 * The model files of one version that is not the files on disk (a git revision): their texts
 * by path relative to the repository's top, with {@code /}, in path order; a text is null when
 * the file is not UTF-8.
 */
interface Snapshot {
    /** How diagnostics name the version: {@code HEAD~1}, so a file reads {@code HEAD~1:models/x.caplan}. */
    String label();

    Map<String, String> texts();
}

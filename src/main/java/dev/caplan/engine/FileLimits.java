package dev.caplan.engine;

import dev.caplan.source.Limits;

/**
 * How much of the disk one load may read: bytes per file and per model, how deep imports may
 * chain and how many files a model may have. The defaults are {@link Limits}; tests scale them
 * down so that a model past the limit is small.
 */
record FileLimits(long fileBytes, long modelBytes, int importDepth, int files) {
    static final FileLimits DEFAULT = new FileLimits(Limits.FILE_BYTES, Limits.MODEL_BYTES, Limits.IMPORT_DEPTH,
            Limits.FILES);

    /** Bytes as people say them: {@code 10 MB (10485760 bytes)}. */
    static String bytes(long count) {
        return count % 1_048_576 == 0 ? count / 1_048_576 + " MB (" + count + " bytes)" : count + " bytes";
    }
}

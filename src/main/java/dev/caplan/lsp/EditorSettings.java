package dev.caplan.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The settings an editor may change while the server runs: {@code caplan.inlayHints} (true by
 * default), sent as the initialization option {@code inlayHints} or as the workspace setting
 * {@code {"caplan": {"inlayHints": false}}}.
 */
final class EditorSettings {
    private volatile boolean inlayHints = true;

    boolean inlayHints() {
        return inlayHints;
    }

    /** Reads the initialization options; what is missing or not a boolean keeps its default. */
    void initialize(JsonObject options) {
        inlayHints = flag(options.get("inlayHints"), inlayHints);
    }

    /**
     * Reads a workspace configuration change ({@code {"caplan": {...}}}, or the section itself);
     * true when a setting changed, so the editor is asked to show the hints again.
     */
    boolean changed(Object settings) {
        if (!(settings instanceof JsonObject all)) {
            return false;
        }
        JsonObject section = all.get("caplan") instanceof JsonObject caplan ? caplan : all;
        boolean before = inlayHints;
        inlayHints = flag(section.get("inlayHints"), inlayHints);
        return before != inlayHints;
    }

    private static boolean flag(JsonElement value, boolean otherwise) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                ? value.getAsBoolean() : otherwise;
    }
}

package dev.caplan.lsp;

import dev.caplan.engine.EditorFacts;
import dev.caplan.engine.EditorModel;
import java.time.LocalDate;

/**
 * The facts of the model last asked about, kept until the model is loaded again: an editor asks
 * for the hints of a file, then hovers and completes in it, all on one load, and the checks of a
 * model are run once for all of them. Worker thread only.
 */
final class LastFacts {
    private EditorFacts last;

    EditorFacts of(EditorModel model, LocalDate day) {
        if (last == null || !last.isOf(model, day)) {
            last = new EditorFacts(model, day);
        }
        return last;
    }
}

package dev.caplan.output;

import dev.caplan.result.PlanDiff;
import java.util.Optional;

/** Writes a {@link PlanDiff}: aligned text, Markdown for a pull-request comment, or JSON. */
public final class Diffs {

    private Diffs() {
    }

    /** The diff in a format; empty for a format a diff has no layout for (CSV). */
    public static Optional<String> render(PlanDiff diff, Format format) {
        return switch (format) {
            case TABLE -> Optional.of(DiffText.render(diff));
            case MARKDOWN -> Optional.of(DiffMarkdown.render(diff));
            case JSON -> Optional.of(DiffJson.render(diff));
            default -> Optional.empty(); // CSV: a diff is no one table
        };
    }
}

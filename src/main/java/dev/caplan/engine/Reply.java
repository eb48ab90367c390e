package dev.caplan.engine;

import dev.caplan.diag.Diagnostic;
import java.util.List;

/** What the session answers to one input: text to show, and diagnostics (rendered by the caller). */
public record Reply(String text, List<Diagnostic> diagnostics) {
    public Reply {
        diagnostics = List.copyOf(diagnostics);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    public static Reply problems(List<Diagnostic> diagnostics) {
        return new Reply("", diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

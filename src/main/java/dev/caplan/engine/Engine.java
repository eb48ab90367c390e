package dev.caplan.engine;

import dev.caplan.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;

/**
 * The facade the command line and the REPL use: load a model from paths, then ask the
 * {@link Plan} for reports and queries. Nothing outside the engine touches the stages.
 */
public final class Engine {

    private Engine() {
    }

    /** Reads and parses the files only, for measuring the parser; returns the number of declarations. */
    public static int parseOnly(List<Path> paths) {
        return SourceLoader.load(paths, new Diagnostics()).stream().mapToInt(unit -> unit.items().size()).sum();
    }

    /**
     * Loads and checks a model of one text that is not a file on disk (an editor's buffer, a
     * document's block, a fuzzer's input), named {@code name} in diagnostics. It has no folder, so
     * it cannot import.
     */
    public static Outcome<Plan> loadText(String name, String text) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.loadText(name, text, diagnostics);
        return new Outcome<>(diagnostics.hasErrors() ? null : new Plan(Pipeline.evaluate(loaded), loaded.units()), diagnostics.sorted());
    }

    /** Loads and checks a model; the outcome's value is null when the model has errors. */
    public static Outcome<Plan> load(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.load(paths, diagnostics);
        return new Outcome<>(diagnostics.hasErrors() ? null : new Plan(Pipeline.evaluate(loaded), loaded.units()), diagnostics.sorted());
    }
}

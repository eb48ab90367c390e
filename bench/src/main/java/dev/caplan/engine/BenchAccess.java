package dev.caplan.engine;

import dev.caplan.check.CheckedModel;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Evaluator;
import dev.caplan.result.ResultTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark harness's only reach into the engine package (same package name on the class
 * path, read-only use): a checked model without a plan, a plan with a fresh (empty) evaluator,
 * and a full reload from in-memory texts, the way {@link Session} reloads after a tweak.
 */
public final class BenchAccess {

    private BenchAccess() {
    }

    /** Reads, parses and checks; fails when the model has errors. */
    public static CheckedModel check(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.load(paths, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException("model has errors: " + diagnostics.sorted());
        }
        return loaded.model();
    }

    /** A plan over an already checked model with a new evaluator: nothing computed yet. */
    public static Plan freshPlan(CheckedModel model) {
        return new Plan(new Evaluator(model), List.of());
    }

    /** The model's file texts by absolute path, as a session's workspace holds them. */
    public static Map<Path, String> texts(Path directory) {
        Map<Path, String> texts = new HashMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".caplan")).toList()) {
                texts.put(file.toAbsolutePath().normalize(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Parse and check everything from the texts, then evaluate every report with a new evaluator. */
    public static List<ResultTable> reloadAndEvaluateAll(List<Path> paths, Map<Path, String> texts) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.load(paths, texts, null, null, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException("model has errors: " + diagnostics.sorted());
        }
        return new Plan(Pipeline.evaluate(loaded), loaded.units()).reports(null).value();
    }
}

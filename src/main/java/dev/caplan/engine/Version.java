package dev.caplan.engine;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.result.PlanDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One version of a model, loaded and checked, to compare with another ({@code caplan diff}): the
 * files on disk, or a path as a git revision holds it. {@link #diff} says what the change from one
 * to the other does to the plan.
 */
public final class Version {
    private final String label;
    private final Loaded loaded;
    private final Plan plan;
    private final List<Diagnostic> diagnostics;

    private Version(String label, Loaded loaded, List<Diagnostic> diagnostics) {
        this.label = label;
        this.loaded = loaded;
        this.plan = new Plan(Pipeline.evaluate(loaded), loaded.units());
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** How the version is named in a diff: a revision ({@code HEAD~1}) or a path. */
    public String label() {
        return label;
    }

    /** The model in files or folders on disk, named {@code label}; null value when it has errors. */
    public static Outcome<Version> onDisk(String label, List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.load(paths, diagnostics);
        return of(label, loaded, diagnostics);
    }

    /**
     * The model at {@code path} (relative to the working directory, as on disk) as git revision
     * {@code revision} holds it, read without a checkout from the repository the path lies in. A
     * revision git does not know, or a path outside a repository, is a usage error; a model with
     * errors has a null value.
     */
    public static Outcome<Version> atRevision(String revision, Path path) {
        Path wanted = path.toAbsolutePath().normalize();
        Path existing = folderOf(path);
        if (existing == null) {
            return Outcome.failed(Diagnostic.error(Code.USAGE, null, "no folder to find a git repository in: " + path));
        }
        GitTree.Reading reading = GitTree.read(revision, existing);
        if (reading.tree() == null) {
            return Outcome.failed(reading.problem());
        }
        String inRepository;
        try {
            Path top = GitTree.top(existing);
            Path real = existing.toRealPath().resolve(existing.relativize(wanted)).normalize();
            if (!real.startsWith(top)) {
                return Outcome.failed(Diagnostic.error(Code.USAGE, null, path + " is outside the git repository at "
                        + top));
            }
            inRepository = top.relativize(real).toString().replace('\\', '/');
        } catch (IOException e) {
            return Outcome.failed(Diagnostic.error(Code.USAGE, null, "cannot read git revision '" + revision + "': "
                    + e.getMessage()));
        }
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = Pipeline.load(reading.tree(), inRepository, diagnostics);
        return of(revision, loaded, diagnostics);
    }

    /** Whether git knows {@code text} as a revision in the repository {@code near} (a path) lies in. */
    public static boolean isRevision(String text, Path near) {
        Path folder = folderOf(near);
        return folder != null && GitTree.isRevision(text, folder);
    }

    /** The path if it is a folder, else the nearest folder above it that exists (git runs there). */
    private static Path folderOf(Path path) {
        Path folder = path.toAbsolutePath().normalize();
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        return folder;
    }

    private static Outcome<Version> of(String label, Loaded loaded, Diagnostics diagnostics) {
        return new Outcome<>(diagnostics.hasErrors() ? null : new Version(label, loaded, diagnostics.sorted()),
                diagnostics.sorted());
    }

    /**
     * What changing the model from this version to {@code after} does: declarations changed, and
     * for the model itself (a null in {@code scenarios}) and each scenario named, the report values
     * that moved and the checks and figures whose outcome changed.
     */
    public Outcome<PlanDiff> diff(Version after, List<String> scenarios) {
        return PlanDiffer.diff(this, after, scenarios);
    }

    Loaded loaded() {
        return loaded;
    }

    Plan plan() {
        return plan;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

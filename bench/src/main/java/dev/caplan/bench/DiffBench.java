package dev.caplan.bench;

import dev.caplan.engine.Version;
import dev.caplan.engine.Versions;
import dev.caplan.output.Diffs;
import dev.caplan.output.Format;
import dev.caplan.result.PlanDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code caplan diff} does on two versions of the national model (the second with one
 * location's places changed), without printing to a terminal but with the text made: load and
 * check both, evaluate every report and run the checks of both, compare declarations, values and
 * outcomes. Two folders, and two git revisions read with the git command (a temporary repository
 * with the versions as two commits). The peer is {@code LoadBench.nationalLoadEvaluate}: one eval.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 3) // a diff is two loads: it takes twice the operations of LoadBench to reach steady state
@Measurement(iterations = 5, time = 3)
public class DiffBench {
    private Path national;
    private Path temp;
    private Path changed;
    private Path repositoryModel;

    @Setup
    public void setup() throws IOException, InterruptedException {
        national = Models.generated("national");
        temp = Files.createTempDirectory("caplan-diff-bench");
        changed = temp.resolve("changed");
        Models.copy(national, changed);
        changeOnePlace(changed);
        Path repository = temp.resolve("repository");
        repositoryModel = repository.resolve("national");
        Models.copy(national, repositoryModel);
        git(repository, "init", "-q");
        commit(repository, "national");
        changeOnePlace(repositoryModel);
        commit(repository, "one location changed");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public String nationalDiffFolders() {
        Versions versions = Versions.load(() -> Version.onDisk("old", List.of(national)),
                () -> Version.onDisk("new", List.of(changed)));
        return diff(versions.before().value(), versions.after().value());
    }

    @Benchmark
    public String nationalDiffRevisions() {
        Versions versions = Versions.load(() -> Version.atRevision("HEAD~1", repositoryModel),
                () -> Version.atRevision("HEAD", repositoryModel));
        return diff(versions.before().value(), versions.after().value());
    }

    private static String diff(Version before, Version after) {
        PlanDiff diff = before.diff(after, Collections.singletonList(null)).value();
        if (!diff.resultsChanged()) {
            throw new IllegalStateException("the two versions should differ");
        }
        return Diffs.render(diff, Format.TABLE).orElseThrow();
    }

    /** Adds 7 places to the first capacity line with a number in the first file that has one. */
    private static void changeOnePlace(Path model) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(model)) {
            files = walk.filter(p -> p.toString().endsWith(".caplan")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher line = Pattern.compile("capacity (\\d+)").matcher(text);
            if (line.find()) {
                int places = Integer.parseInt(line.group(1)) + 7;
                Files.writeString(file, text.substring(0, line.start(1)) + places + text.substring(line.end(1)),
                        StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException("no capacity line in " + model);
    }

    private static void commit(Path repository, String message) throws IOException, InterruptedException {
        git(repository, "add", "-A");
        git(repository, "-c", "user.name=bench", "-c", "user.email=bench@caplan.invalid", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", message);
    }

    private static void git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}

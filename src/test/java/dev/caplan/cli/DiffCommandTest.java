package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Golden;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caplan diff} on a temporary git repository holding models/ijsselland with three commits:
 * the model, then ROL Zwolle's places 300 → 400, then Kampen's extension dropped (its tentative
 * capacity line and its option). Also the CI script of docs/review.md, run in that repository.
 */
class DiffCommandTest {
    private static final Path MARKDOWN = Path.of("src/test/resources/cases/diff/ijsselland-two-commits.md");
    private static final Path TEXT = Path.of("src/test/resources/cases/diff/ijsselland-two-commits.txt");

    @TempDir
    Path repo;

    private Path model;

    @BeforeEach
    void repository() throws IOException, InterruptedException {
        model = repo.resolve("models/ijsselland");
        TestFiles.copyTree(Path.of("models/ijsselland"), model);
        git("init", "-q", "-b", "main");
        commit("the IJsselland plan");
        git("checkout", "-q", "-b", "review");
        edit("azc.caplan", "  capacity 300 from 2023-04-01 until 2026-02-01 ", "  capacity 400 from 2023-04-01 until 2026-02-01 ");
        commit("ROL Zwolle: 400 places");
        removeLines("azc.caplan", "  capacity 80? from 2023-05-01 until 2024-05-01 ", "  option extend until 2024-05-01\n");
        commit("Kampen: no extension");
    }

    @Test
    void namesBothDeclarationsTheTotalThatMovedAndTheShortfallThatChanged() {
        CliRun run = CliRun.of("diff", "HEAD~2", "HEAD", model.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECKS_FAILED); // as git diff --exit-code: something changed
        assertThat(run.out())
                .startsWith("caplan diff HEAD~2 → HEAD: 2 declarations changed, 3 report values moved in 1 report, "
                        + "3 check or figure outcomes changed\n")
                .contains("  location \"ROL Zwolle\"\n    300 → 400 places from 2023-04-01 until 2026-02-01\n")
                .contains("  location \"Kampen (temporary)\"\n    80? → 0 places from 2023-05-01 until 2024-05-01\n"
                        + "    option extend removed\n")
                .contains("table_a (Table A: AZC locations): 3 of 9 rows moved, 6 unchanged")
                .containsPattern("total +2023-07-01 +1965\\? \\(firm: 1685\\) +1985\\? \\(firm: 1785\\) +\\+20 \\(firm: \\+100\\)")
                .contains("  check 'AZC places meet the quota': still fails, differently\n"
                        + "    was: fails on 2024-01-01: azc = 1730, azc_places[IJsselland] = 1836 (short by 106)\n"
                        + "    now: fails on 2024-01-01: azc = 1750, azc_places[IJsselland] = 1836 (short by 86)\n")
                .contains("  reported 'Table A total on 1 Jul 2023': matches → differs\n")
                .contains("unchanged: table_c, table_b, table_d");
    }

    @Test
    void theTextIsTheOneDocsReviewShows() throws IOException {
        CliRun run = CliRun.of("diff", "HEAD~2", "HEAD", model.toString());
        Golden.assertMatches(TEXT, run.out());
        String review = Files.readString(Path.of("docs/review.md"), StandardCharsets.UTF_8);
        assertThat(review).as("docs/review.md shows the text of %s", TEXT).contains("```\n" + run.out() + "```\n");
    }

    @Test
    void markdownForAPullRequestCommentIsTheOneDocsReviewShows() throws IOException {
        CliRun run = CliRun.of("diff", "HEAD~2", "HEAD", model.toString(), "--format", "markdown");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("**caplan diff** `HEAD~2` → `HEAD`: ");
        assertThat(run.out()).contains("<details><summary>").contains("</details>");
        Golden.assertMatches(MARKDOWN, run.out());
        String review = Files.readString(Path.of("docs/review.md"), StandardCharsets.UTF_8);
        assertThat(review).as("docs/review.md shows the Markdown of %s", MARKDOWN).contains(run.out());
    }

    @Test
    void jsonHasExactCellsAndOutcomes() {
        CliRun run = CliRun.of("diff", "HEAD~2", "HEAD", model.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"resultsChanged\": true").contains("\"state\": \"differs\"")
                .contains("\"kind\": \"location\"").contains("\"name\": \"\\\"ROL Zwolle\\\"\"");
    }

    @Test
    void oneRevisionIsComparedWithTheWorkingTreeAndScenariosEachOnTheirOwn() throws IOException {
        CliRun same = CliRun.of("diff", "HEAD", model.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).isEqualTo("caplan diff HEAD → " + model + " (working tree): no changes\n"
                + "\nReports: no value moved\n");
        CliRun scenarios = CliRun.of("diff", "HEAD~2", "HEAD", model.toString(), "--scenarios", "base,firm");
        assertThat(scenarios.exitCode()).isEqualTo(1);
        assertThat(scenarios.out()).contains("\nReports\n").contains("\nReports (scenario firm)\n")
                .contains("Checks and reported figures (scenario firm)");
    }

    @Test
    void twoFoldersAndTheExitStatusOfNoChange() throws IOException {
        Path copy = repo.resolve("copy");
        TestFiles.copyTree(model, copy);
        CliRun run = CliRun.of("diff", model.toString(), copy.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("caplan diff " + model + " → " + copy + ": no changes\n");
        Files.writeString(copy.resolve("azc.caplan"), Files.readString(copy.resolve("azc.caplan"))
                .replace("capacity 550 ", "capacity 560 "));
        CliRun moved = CliRun.of("diff", model.toString(), copy.toString());
        assertThat(moved.exitCode()).isEqualTo(1);
        assertThat(moved.out()).contains("location \"AZC Schalkhaar\"\n    550 → 560 places on every day\n");
    }

    @Test
    void aVersionThatDoesNotLoadExits65SayingWhichAndABadRevision64() throws IOException, InterruptedException {
        edit("azc.caplan", "capacity 550 ", "capacity 550 550 ");
        commit("broken");
        CliRun broken = CliRun.of("diff", "HEAD~1", "HEAD", model.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.MODEL_ERRORS);
        assertThat(broken.err()).contains("HEAD:models/ijsselland/azc.caplan:")
                .contains("caplan diff: the version HEAD does not load");
        CliRun unknown = CliRun.of("diff", "no-such-branch", "HEAD", model.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown revision 'no-such-branch'");
        CliRun csv = CliRun.of("diff", "HEAD~1", "HEAD", model.toString(), "--format", "csv");
        assertThat(csv.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    /** The CI job of docs/review.md: against the target branch, Markdown out, exit 0 when the diff was made. */
    @Test
    void theCiScriptPostsTheMarkdownOfThePullRequest() throws IOException, InterruptedException {
        Path script = Path.of("examples/review/ci-diff").toAbsolutePath();
        String caplan = "java -cp " + System.getProperty("java.class.path") + " dev.caplan.Main";
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "main", "models/ijsselland")
                .directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("CAPLAN", caplan);
        builder.environment().remove("GITHUB_TOKEN");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        String comment = Files.readString(repo.resolve("caplan-diff.md"), StandardCharsets.UTF_8);
        assertThat(comment).startsWith("**caplan diff** `" + git("merge-base", "main", "HEAD").strip() + "` → `HEAD`: "
                + "2 declarations changed").contains("(short by 86)");
        assertThat(output).contains(comment);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = model.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Removes the lines that start with each prefix (whatever comment follows, however aligned). */
    private void removeLines(String file, String... prefixes) throws IOException {
        for (String prefix : prefixes) {
            Path path = model.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int start = text.indexOf(prefix);
            assertThat(start).as("a line starting with %s in %s", prefix, file).isNotNegative();
            Files.writeString(path, text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1),
                    StandardCharsets.UTF_8);
        }
    }

    private void commit(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("-c", "user.name=caplan test", "-c", "user.email=test@caplan.invalid", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", message);
    }

    private String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", command, output).isZero();
        return output;
    }
}

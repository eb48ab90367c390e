package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/review/pre-commit, installed in a fresh git repository: a formatted model that checks is
 * committed; a badly formatted one, or one that does not check, is refused with the reason.
 */
class PreCommitHookTest {
    private static final Path HOOK = Path.of("examples/review/pre-commit");

    @TempDir
    Path temp;
    private Path repository;
    private Path caplan;

    /** What a command printed and how it ended. */
    private record Run(int exitCode, String output) {
    }

    @BeforeEach
    void installTheHook() throws IOException, InterruptedException {
        assumeTrue(run(temp, "git", "--version").exitCode() == 0, "git is not installed");
        repository = Files.createDirectory(temp.resolve("plans"));
        caplan = temp.resolve("caplan");
        // the classes under test, without the launcher's build step
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(caplan, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.caplan.Main \"$@\"\n");
        assertThat(caplan.toFile().setExecutable(true)).isTrue();
        git("init", "-q");
        git("config", "user.email", "test@example.org");
        git("config", "user.name", "Test");
        git("config", "commit.gpgsign", "false");
        Path hook = repository.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.copy(HOOK, hook, StandardCopyOption.REPLACE_EXISTING);
        assertThat(hook.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void aFormattedModelIsCommittedABadlyFormattedOneRefused() throws IOException, InterruptedException {
        Path model = repository.resolve("models/town/town.caplan");
        Files.createDirectories(model.getParent());
        Files.copy(Path.of("examples/town/town.caplan"), model);
        git("add", ".");
        Run accepted = git("commit", "-q", "-m", "a formatted model");
        assertThat(accepted.exitCode()).as(accepted.output()).isZero();

        Files.writeString(model, Files.readString(model).replace("country Freedonia", "country    Freedonia"));
        git("add", ".");
        Run refused = git("commit", "-q", "-m", "a badly formatted model");
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("pre-commit: not formatted (run: caplan fmt FILE, then git add it):")
                .contains("  models/town/town.caplan");
        assertThat(git("rev-list", "--count", "HEAD").output().strip()).as("commits").isEqualTo("1");
    }

    @Test
    void aModelThatDoesNotCheckIsRefused() throws IOException, InterruptedException {
        Path model = repository.resolve("models/town/town.caplan");
        Files.createDirectories(model.getParent());
        Files.writeString(model, Files.readString(Path.of("examples/town/town.caplan"))
                .replace("kind NO  \"emergency reception\"\n", ""));
        git("add", ".");
        Run refused = git("commit", "-q", "-m", "an undeclared kind");
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("pre-commit: caplan check models/town failed");
    }

    private Run git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        return run(repository, command.toArray(String[]::new));
    }

    private Run run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("HOME", temp.toString());
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        if (caplan != null) {
            environment.put("CAPLAN", caplan.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}

package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** caplan generate never destroys files: not a model, not a file; --force writes over its own names only. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesIntoANewFolder() {
        CliRun run = CliRun.of("generate", temp.resolve("new").toString(), "--locations", "3", "--years", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(temp.resolve("new/areas.caplan")).exists();
        assertThat(temp.resolve("new/locations-000.caplan")).exists();
    }

    @Test
    void refusesAFolderThatHoldsAModelAndLeavesItAsItWas() throws IOException {
        Path model = Files.createDirectories(temp.resolve("model"));
        Files.writeString(model.resolve("areas.caplan"), "country Mine\n");
        Files.createDirectories(model.resolve("scenarios"));
        Files.writeString(model.resolve("scenarios/kinds.caplan"), "# mine\n");
        CliRun run = CliRun.of("generate", model.toString(), "--locations", "3", "--years", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(run.err()).contains("holds a model (areas.caplan, scenarios/kinds.caplan)", "--force");
        assertThat(Files.readString(model.resolve("areas.caplan"))).isEqualTo("country Mine\n");
        assertThat(model.resolve("kinds.caplan")).doesNotExist();
    }

    @Test
    void aFolderWithOnlyOtherFilesIsNoModel() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(folder.resolve("README.md"), "notes\n");
        CliRun run = CliRun.of("generate", folder.toString(), "--locations", "3", "--years", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(folder.resolve("README.md"))).isEqualTo("notes\n");
    }

    @Test
    void refusesAFileEvenWithForce() throws IOException {
        Path file = Files.writeString(temp.resolve("plan.caplan"), "country Mine\n");
        for (String years : new String[] {"--years=1", "--force"}) {
            CliRun run = CliRun.of("generate", file.toString(), "--locations", "3", years);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
            assertThat(run.err()).contains("is a file, not a folder");
            assertThat(Files.readString(file)).isEqualTo("country Mine\n");
        }
    }

    @Test
    void forceWritesOverItsOwnNamesAndLeavesTheRest() throws IOException {
        Path model = Files.createDirectories(temp.resolve("model"));
        Files.writeString(model.resolve("areas.caplan"), "country Mine\n");
        Files.writeString(model.resolve("mine.caplan"), "# mine\n");
        CliRun run = CliRun.of("generate", model.toString(), "--locations", "3", "--years", "1", "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(model.resolve("areas.caplan"))).isNotEqualTo("country Mine\n");
        assertThat(Files.readString(model.resolve("mine.caplan"))).isEqualTo("# mine\n");
        assertThat(run.err()).contains("other .caplan files stay", "mine.caplan");
    }
}

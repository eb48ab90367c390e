package dev.caplan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files make the model of an open file: its folder; a scenarios folder's model above it; never further up. */
class ModelFolderTest {

    @Test
    void aFileBelongsToItsFolderAndAScenarioToTheModelAbove() {
        Path model = Path.of("models/ijsselland").toAbsolutePath();
        assertThat(OpenModels.folderOf(model.resolve("azc.caplan"))).isEqualTo(model);
        assertThat(OpenModels.folderOf(model.resolve("scenarios/firm.caplan"))).isEqualTo(model);
    }

    @Test
    void aStrayFileAboveDoesNotPullItsFolderIn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stray.caplan"), "let x = 1\n");
        Path model = Files.createDirectories(dir.resolve("national"));
        Files.writeString(model.resolve("areas.caplan"), "country Netherlands\n");
        assertThat(OpenModels.folderOf(model.resolve("areas.caplan"))).isEqualTo(model);
    }
}

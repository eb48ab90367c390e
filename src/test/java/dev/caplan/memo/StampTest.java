package dev.caplan.memo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamp's hash is of the files the engine loaded, as it read them: a file the load skips (a
 * dot-file, such as an editor's backup) does not change it; a change to a model file does.
 */
class StampTest {
    @TempDir
    Path scratch;

    @Test
    void theHashIsOfWhatWasLoaded() throws IOException {
        Path model = TestFiles.copyTree(Path.of("models/ijsselland"), scratch.resolve("models/ijsselland"));
        Path memo = scratch.resolve("examples/memo/memo.md");
        Files.createDirectories(memo.getParent());
        Files.copy(Path.of("examples/memo/memo.md"), memo);
        String original = stamp(memo);
        assertThat(original).isEqualTo(stamp(Path.of("examples/memo/memo.md"))); // a copy has the original's hash

        Files.writeString(model.resolve(".draft.caplan"), "let draft = 1\n");
        assertThat(stamp(memo)).as("a file the load skips is not hashed").isEqualTo(original);

        Path cno = model.resolve("cno.caplan");
        Files.writeString(cno, Files.readString(cno) + "\n# a comment changes the text\n");
        assertThat(stamp(memo)).isNotEqualTo(original);
    }

    private static String stamp(Path memo) {
        Memos.Rendered rendered = Memos.render(memo, new Memos.Settings(Memos.Kind.HTML, null, LocalDate.of(2026, 1, 15),
                false)).value();
        return Jsoup.parse(rendered.text()).selectFirst("footer.stamp").text();
    }
}

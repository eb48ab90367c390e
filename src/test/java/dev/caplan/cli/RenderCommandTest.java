package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the render command takes from its environment: the stamp's date (SOURCE_DATE_EPOCH) and git. */
class RenderCommandTest {

    private static String render(Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = CaplanCommand.run(new String[] {"render", "examples/memo/memo.md"}, o, e, environment);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theStampsDateIsSourceDateEpochWhenSet() {
        String page = render(Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        assertThat(page).containsPattern("<footer class=\"stamp\">Rendered by caplan on 2023-11-14 from model "
                + "[0-9a-f]{12}( \\(commit [0-9a-f]{12}( \\+ changes)?\\))?, scenario base\\.</footer>");
    }

    /** In a checkout (the project is one when its tests run from git) the stamp names the commit. */
    @Test
    void theStampNamesTheCommitInACheckout() {
        String page = render(Map.of());
        if (Files.exists(Path.of(".git"))) {
            assertThat(page).containsPattern("\\(commit [0-9a-f]{12}( \\+ changes)?\\)");
        } else {
            assertThat(page).doesNotContain("(commit ");
        }
    }
}

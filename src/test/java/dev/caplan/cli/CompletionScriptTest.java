package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script, run by bash: it is sourced, COMP_WORDS and COMP_CWORD are set as bash
 * sets them on Tab, and COMPREPLY is read back. For report names the script runs caplan itself; here
 * that is a wrapper that runs this build's classes.
 */
class CompletionScriptTest {
    private static final Path BASH = Path.of("/bin/bash");

    @TempDir
    static Path temp;
    private static Path script;
    private static Path caplan;

    @BeforeAll
    static void writeScriptAndWrapper() throws IOException {
        CliRun completion = CliRun.of("completion", "bash");
        assertThat(completion.exitCode()).as(completion.err()).isZero();
        script = Files.writeString(temp.resolve("caplan.bash"), completion.out());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        caplan = Files.writeString(temp.resolve("caplan"), "#!/bin/sh\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.caplan.Main \"$@\"\n");
        caplan.toFile().setExecutable(true);
    }

    @Test
    void completesSubcommands() throws Exception {
        assertThat(complete("caplan", "")).contains("eval", "query", "check", "completion", "help")
                .doesNotContain("names");
        assertThat(complete("caplan", "ex")).containsExactlyInAnyOrder("explain", "explain-code");
    }

    @Test
    void completesTheOptionsOfTheSubcommand() throws Exception {
        assertThat(complete("caplan", "query", "models/ijsselland", "--s")).containsExactlyInAnyOrder("--scenario", "--step");
        assertThat(complete("caplan", "eval", "models/ijsselland", "--format", "")).containsExactly("table", "csv",
                "json", "markdown", "xlsx");
        assertThat(complete("caplan", "completion", "")).containsExactly("bash", "zsh");
        assertThat(complete("caplan", "check", "models/ijsselland", "--format", "")).containsExactly("text", "json",
                "sarif");
        assertThat(complete("caplan", "eval", "models/ijsselland", "--diagnostics-format", "")).containsExactly("text",
                "json", "sarif");
    }

    @Test
    void completesAnOptionValueWrittenWithAnEqualsSign() throws Exception {
        // bash cuts --color=al into three words: --color, =, al
        assertThat(complete("caplan", "eval", "--color", "=", "al")).containsExactly("always");
    }

    @Test
    void completesReportAndScenarioNamesOfTheModelOnTheLine() throws Exception {
        assertThat(complete(caplan.toString(), "eval", "models/ijsselland", "--report", "table_"))
                .containsExactly("table_a", "table_c", "table_b", "table_d");
        assertThat(complete(caplan.toString(), "check", "models/ijsselland", "-s", "opt")).containsExactly("optimistic");
        assertThat(complete(caplan.toString(), "compare", "models/ijsselland", "--scenarios", "firm,"))
                .containsExactly("firm,base", "firm,expected", "firm,firm", "firm,optimistic");
    }

    @Test
    void offersNoNamesWithoutAModel() throws Exception {
        assertThat(complete(caplan.toString(), "eval", "--report", "")).isEmpty();
    }

    /** COMPREPLY for the words typed, the last being the word under the cursor. */
    private static List<String> complete(String... words) throws Exception {
        assumeTrue(Files.isExecutable(BASH), "bash is not installed: the completion script cannot be run");
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        String program = "source '" + script + "'\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1)
                + "\n_caplan\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder(BASH.toString(), "--norc", "--noprofile", "-c", program)
                .redirectErrorStream(true).start();
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("bash finishes").isTrue();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(out).isZero();
        return out.lines().filter(line -> !line.isEmpty()).toList();
    }
}

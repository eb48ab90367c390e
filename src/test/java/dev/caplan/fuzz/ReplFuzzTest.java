package dev.caplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caplan.diag.Visible;
import dev.caplan.engine.Session;
import dev.caplan.repl.Repls;
import dev.caplan.testing.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any lines typed into the REPL, on a fresh session each time so that a crash found reproduces
 * from its input alone: expressions, changes, undo and redo, scenarios, :explain, :chart, :report,
 * :diff. The session is of {@code examples/town}, which opens in milliseconds, unless the input
 * starts as the REPL transcripts do, with {@code # model: PATH} naming a model or example
 * directory (the seeds from {@code cases/repl} keep their model that way). The REPL catches whatever one input throws and says
 * so in one line; this test fails on that line ("internal error"), and on any invisible character
 * an answer or a diagnostic lets through raw (docs/reliability.md, "Output").
 *
 * <p>Lines that would touch the file system are left out: :load, :save and :reload (and every
 * prefix the REPL would take for them, such as {@code :sa}), and {@code import}, which reads the
 * file it names. Without {@code JAZZER_FUZZ=1} it runs once per seed under
 * {@code src/test/resources/dev/caplan/fuzz/ReplFuzzTestInputs/} (the REPL transcripts of
 * {@code cases/repl} and every crash found so far).
 */
class ReplFuzzTest {
    private static final Path MODELS = copy();
    private static final String DEFAULT_MODEL = "examples/town";
    private static final Pattern MODEL_LINE = Pattern.compile("# model: ((?:models|examples)/[a-z0-9_-]+)\\s*(?:\n.*)?",
            Pattern.DOTALL);
    private static final List<String> TOUCHING_FILES = List.of("load", "save", "reload");
    private static final Pattern IMPORT = Pattern.compile("import", Pattern.CASE_INSENSITIVE);

    @FuzzTest(maxDuration = "60s")
    void anyInputIsAnsweredNotCrashedOn(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Session session = Session.open(List.of(model(text))).value();
        String lines = withoutFileCommands(text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Repls.runHeadless(session, new BufferedReader(new StringReader(lines)), new PrintWriter(out), new PrintWriter(err),
                false);
        assertThat(err.toString()).doesNotContain("internal error");
        assertVisible(out.toString());
        assertVisible(err.toString());
    }

    /** The copy of the model the input names in its first line, else of {@value DEFAULT_MODEL}. */
    private static Path model(String text) {
        Matcher named = MODEL_LINE.matcher(text);
        if (named.matches() && Files.isDirectory(MODELS.resolve(named.group(1)))) {
            return MODELS.resolve(named.group(1));
        }
        return MODELS.resolve(DEFAULT_MODEL);
    }

    /** The lines as the REPL reads them, without those that would read or write files. */
    static String withoutFileCommands(String text) {
        StringBuilder kept = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!touchesFiles(line)) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toString();
    }

    private static boolean touchesFiles(String line) {
        if (IMPORT.matcher(line).find()) {
            return true;
        }
        String stripped = line.strip();
        if (!stripped.startsWith(":")) {
            return false;
        }
        String word = stripped.substring(1).strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return !word.isEmpty() && TOUCHING_FILES.stream().anyMatch(command -> command.startsWith(word));
    }

    private static void assertVisible(String text) {
        assertThat(text.codePoints().filter(c -> c != '\n' && c != '\t' && Visible.isInvisible(c)).toArray())
                .as("invisible characters shown raw in:\n%s", text).isEmpty();
    }

    /** A copy of the models and examples, so that nothing the REPL does can touch those in the repository. */
    private static Path copy() {
        try {
            Path copies = Path.of("target/repl-fuzz");
            TestFiles.copyTree(Path.of("models"), copies.resolve("models"));
            TestFiles.copyTree(Path.of("examples"), copies.resolve("examples"));
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.caplan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.source.Limits;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rendering stays readable and bounded for hostile input: invisible characters escaped with
 * the carets still under the place, a long line cut to a window around the caret, and at most
 * {@link Limits#DIAGNOSTICS_SHOWN} diagnostics printed.
 */
class DiagnosticRendererTest {

    @Test
    void escapesMessageHintAndExcerptAndTheCaretsStillLineUp() {
        SourceFile file = SourceFile.ofText("m.caplan", "let y = \u202e\u0000 + capacity[\"\u001b]0;pwned\u0007\"]\n");
        int start = file.text().indexOf("\"\u001b");
        Diagnostic d = new Diagnostic(Severity.ERROR, Code.UNKNOWN_NAME, "unknown name '\u001b]0;pwned\u0007'",
                new Span(file, start, start + 12), "did you mean '\u2028'?");
        assertThat(DiagnosticRenderer.render(d)).isEqualTo("""
                m.caplan:1:23: error: unknown name '\\x1b]0;pwned\\x07' [E-UNKNOWN-NAME]
                 1 | let y = \\u202e\\x00 + capacity["\\x1b]0;pwned\\x07"]
                   |                               ^^^^^^^^^^^^^^^^^^
                   = hint: did you mean '\\u2028'?
                """);
    }

    @Test
    void aShortLineIsShownWhole() {
        String line = "let x = " + "a".repeat(Limits.EXCERPT_WIDTH - 8);
        String rendered = render(line, line.length() - 1, line.length());
        assertThat(rendered.lines().toList().get(1)).isEqualTo(" 1 | " + line);
        assertThat(rendered).doesNotContain(DiagnosticRenderer.CUT);
    }

    @Test
    void aLongLineShowsAWindowAroundTheCaret() {
        String line = "let x = " + "a + ".repeat(250_000) + "oops + " + "b + ".repeat(250_000) + "1";
        int at = line.indexOf("oops");
        String rendered = render(line, at, at + 4);
        List<String> lines = rendered.lines().toList();
        String excerpt = lines.get(1).substring(" 1 | ".length());
        String carets = lines.get(2).substring(" 1 | ".length());
        assertThat(excerpt).startsWith(DiagnosticRenderer.CUT).endsWith(DiagnosticRenderer.CUT).contains("oops");
        assertThat(excerpt.length()).isLessThanOrEqualTo(Limits.EXCERPT_WIDTH + 2);
        assertThat(excerpt.substring(carets.indexOf('^'), carets.indexOf('^') + 4)).isEqualTo("oops");
        assertThat(carets.strip()).isEqualTo("^^^^");
        assertThat(rendered.length()).isLessThan(500);
    }

    @Test
    void aLongLineIsCutOnlyWhereItGoesOn() {
        String line = "x".repeat(1_000) + "end";
        String atEnd = render(line, line.length(), line.length());
        String excerpt = atEnd.lines().toList().get(1).substring(" 1 | ".length());
        assertThat(excerpt).startsWith(DiagnosticRenderer.CUT).endsWith("end")
                .hasSize(Limits.EXCERPT_WIDTH + DiagnosticRenderer.CUT.length());
        assertThat(atEnd.lines().toList().get(2)).endsWith(" ".repeat(excerpt.length()) + "^");
        String atStart = render(line, 0, 1);
        excerpt = atStart.lines().toList().get(1).substring(" 1 | ".length());
        assertThat(excerpt).startsWith("xxx").endsWith(DiagnosticRenderer.CUT)
                .hasSize(Limits.EXCERPT_WIDTH + DiagnosticRenderer.CUT.length());
        assertThat(atStart.lines().toList().get(2)).isEqualTo("   | ^");
    }

    @Test
    void aLongMarkIsCutWithTheLine() {
        String line = "let x = \"" + "\u001b".repeat(5_000) + "\"";
        String rendered = render(line, 8, line.length());
        List<String> lines = rendered.lines().toList();
        assertThat(lines.get(1)).contains("\"\\x1b\\x1b").endsWith(DiagnosticRenderer.CUT);
        assertThat(lines.get(2).length()).isLessThanOrEqualTo(lines.get(1).length());
        assertThat(lines.get(2)).endsWith("^");
    }

    @Test
    void showsTheFirstDiagnosticsAndCountsTheRest() {
        SourceFile file = SourceFile.ofText("m.caplan", "x\n");
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 0; i < Limits.DIAGNOSTICS_SHOWN; i++) {
            many.add(new Diagnostic(Severity.ERROR, Code.SYNTAX, "problem " + i, new Span(file, 0, 1), null));
        }
        String atLimit = DiagnosticRenderer.render(many);
        assertThat(atLimit.lines().filter(line -> line.contains("error: problem"))).hasSize(Limits.DIAGNOSTICS_SHOWN);
        assertThat(atLimit).doesNotContain("more diagnostic");

        many.add(new Diagnostic(Severity.ERROR, Code.SYNTAX, "problem past", new Span(file, 0, 1), null));
        String pastIt = DiagnosticRenderer.render(many);
        assertThat(pastIt.lines().filter(line -> line.contains("error: problem"))).hasSize(Limits.DIAGNOSTICS_SHOWN);
        assertThat(pastIt).doesNotContain("problem past").endsWith("\nand 1 more diagnostic\n");
        assertThat(DiagnosticRenderer.summary(many)).isEqualTo((Limits.DIAGNOSTICS_SHOWN + 1) + " errors, 0 warnings");

        many.add(new Diagnostic(Severity.WARNING, Code.SYNTAX, "another", null, null));
        assertThat(DiagnosticRenderer.render(many)).endsWith("\nand 2 more diagnostics\n");
    }

    @Test
    void theCommandLineCountsWhatItDoesNotShowAndExitsAsForAll(@TempDir Path temp) throws IOException {
        for (int count : List.of(Limits.DIAGNOSTICS_SHOWN, Limits.DIAGNOSTICS_SHOWN + 1)) {
            StringBuilder model = new StringBuilder();
            for (int i = 0; i < count; i++) {
                model.append("let x").append(i).append(" = nowhere").append(i).append('\n');
            }
            Path file = Files.writeString(temp.resolve("many" + count + ".caplan"), model);
            CliRun run = CliRun.of("check", file.toString());
            assertThat(run.exitCode()).isEqualTo(65);
            assertThat(run.err().lines().filter(line -> line.contains("[E-UNKNOWN-NAME]"))).hasSize(Limits.DIAGNOSTICS_SHOWN);
            assertThat(run.err()).endsWith((count > Limits.DIAGNOSTICS_SHOWN ? "and 1 more diagnostic\n" : "")
                    + count + " errors, 0 warnings\n");
        }
    }

    private static String render(String line, int start, int end) {
        SourceFile file = SourceFile.ofText("m.caplan", line + "\n");
        return DiagnosticRenderer.render(new Diagnostic(Severity.ERROR, Code.SYNTAX, "here", new Span(file, start, end), null));
    }
}

package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as people have them, read as they mean them: a link inside the model, a byte-order mark,
 * Windows and old Mac line endings, a name typed in two Unicode forms, a save's temporary file
 * left in the folder. And files caplan may not read, which are a diagnostic with the system's
 * reason.
 */
class ModelFilesTest {
    private static final String AREAS = HostileFilesTest.AREAS;

    @TempDir
    Path temp;

    @Test
    void aLinkInsideTheModelIsReadAsUsual() throws IOException {
        Files.createDirectories(temp.resolve("parts"));
        Files.writeString(temp.resolve("parts/defs.caplan"), "let x = 7\n");
        Files.writeString(temp.resolve("main.caplan"), "import \"defs.caplan\"\n" + AREAS);
        Files.createSymbolicLink(temp.resolve("defs.caplan"), Path.of("parts/defs.caplan"));
        Outcome<Plan> plan = Engine.load(List.of(temp.resolve("main.caplan")));
        assertThat(plan.diagnostics()).isEmpty();
        assertThat(value(plan.value(), "x")).isEqualTo("7");
        assertThat(Engine.load(List.of(temp)).diagnostics()).as("the folder: the link and its file are one file").isEmpty();
    }

    @Test
    void aSavesTemporaryFileNeverReachesALoad() throws IOException {
        Files.writeString(temp.resolve("main.caplan"), AREAS + "let x = 1\n");
        Files.writeString(temp.resolve(".main.caplan.0badf00d.tmp"), AREAS + "let x = 1\nlet y = (("); // half-written
        Files.writeString(temp.resolve(".#main.caplan"), "let x = 2\n"); // an editor's lock file
        Files.createDirectories(temp.resolve(".git"));
        Files.writeString(temp.resolve(".git/old.caplan"), "let x = 3\n");
        assertThat(Engine.load(List.of(temp)).diagnostics()).isEmpty();
        CliRun run = CliRun.of("eval", temp.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aByteOrderMarkIsAcceptedAndKeptOnSave() throws IOException {
        Path file = temp.resolve("main.caplan");
        Files.write(file, ("\ufeff" + AREAS + "let x = 1\n").getBytes(StandardCharsets.UTF_8));
        Session session = Session.open(List.of(file)).value();
        assertThat(session).isNotNull();
        assertThat(session.submit("let x = 2").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        byte[] saved = Files.readAllBytes(file);
        assertThat(new String(saved, StandardCharsets.UTF_8)).isEqualTo("\ufeff" + AREAS + "let x = 2\n");
    }

    @Test
    void windowsLineEndingsStayWindowsLineEndings() throws IOException {
        Path file = temp.resolve("main.caplan");
        String crlf = (AREAS + "location \"L\" in Deventer kind AZC {\n  capacity 10 until 2024-01-01\n}\n").replace("\n", "\r\n");
        Files.writeString(file, crlf);
        Session session = Session.open(List.of(file)).value();
        Reply added = session.submit("\"L\" capacity 20 from 2024-01-01");
        assertThat(added.hasErrors()).as("%s", added.diagnostics()).isFalse();
        assertThat(session.submit("let y = 3").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        String saved = Files.readString(file);
        assertThat(saved.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(saved).contains("  capacity 10 until 2024-01-01\r\n  capacity 20 from 2024-01-01\r\n}\r\n").endsWith("let y = 3\r\n");
    }

    @Test
    void oldMacLineEndingsStayOldMacLineEndings() throws IOException {
        Path file = temp.resolve("main.caplan");
        Files.writeString(file, (AREAS + "let x = 1\n").replace("\n", "\r"));
        Session session = Session.open(List.of(file)).value();
        assertThat(session.submit("let y = x + 1").hasErrors()).isFalse();
        assertThat(session.save().text()).startsWith("saved ");
        assertThat(Files.readString(file)).isEqualTo((AREAS + "let x = 1\nlet y = x + 1\n").replace("\n", "\r"));
    }

    @Test
    void aNameTypedInTwoUnicodeFormsIsOneName() throws IOException {
        Path file = temp.resolve("main.caplan");
        String composed = "Caf\u00e9";
        String decomposed = "Cafe\u0301";
        Files.writeString(file, AREAS + "location \"" + composed + "\" in Deventer kind AZC {\n  capacity 10\n}\n"
                + "let x = capacity[\"" + decomposed + "\"]\n");
        Outcome<Plan> plan = Engine.load(List.of(file));
        assertThat(plan.diagnostics()).isEmpty();
        assertThat(value(plan.value(), "x")).isEqualTo("10");
        Files.writeString(file, AREAS + "let \"" + composed + "\" = 1\nlet \"" + decomposed + "\" = 2\n");
        assertThat(Engine.load(List.of(file)).diagnostics()).extracting(Diagnostic::code).contains(Code.DUPLICATE_NAME);
    }

    @Test
    void anUnreadableFileOrFolderIsADiagnosticWithTheReason() throws IOException {
        assumeTrue(!HostileFilesTest.readsAnything(temp), "this process reads files of mode 000 (it runs as root),"
                + " so a permission problem cannot be made here");
        Files.writeString(temp.resolve("main.caplan"), AREAS);
        Path locked = temp.resolve("locked.caplan");
        Files.writeString(locked, "let x = 1\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path folder = Files.createDirectories(temp.resolve("closed"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(Engine.load(List.of(temp)).diagnostics()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                    "cannot read " + SourceLoader.displayName(locked) + ": permission denied",
                    "cannot read folder " + SourceLoader.displayName(folder) + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static String value(Plan plan, String expression) {
        return plan.query(expression, "2023-01-01", null).value().rows().get(0).cells().get(0).value().toPlainString();
    }
}

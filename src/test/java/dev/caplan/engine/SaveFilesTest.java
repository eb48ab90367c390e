package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save keeps the files as they were in every way but their text: mode, owner and group, a
 * symbolic link; it refuses a read-only file and an unwritable folder with the reason, writing no
 * file at all; it writes several files so that a crash halfway is found on the next load; and it
 * never leaves a temporary file behind.
 */
class SaveFilesTest {
    private static final String AREAS = HostileFilesTest.AREAS;

    @TempDir
    Path temp;

    @AfterEach
    void noCrashes() {
        FileSaver.betweenRenames = () -> { };
    }

    @Test
    void theModeIsKept() throws IOException {
        Path file = model();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        save(file, "let x = 2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        save(file, "let x = 3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).endsWith("let x = 3\n");
        assertNoTemporaryFiles();
    }

    @Test
    void theOwnerAndGroupAreKept() throws IOException {
        assumeTrue(isRoot(), "only root can hand a file to another user");
        Path file = model();
        Files.setAttribute(file, "unix:uid", 12345);
        Files.setAttribute(file, "unix:gid", 12346);
        save(file, "let x = 2");
        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(12345);
        assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(12346);
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws IOException {
        Files.createDirectories(temp.resolve("real"));
        Files.writeString(temp.resolve("real/defs.caplan"), "let x = 1\n");
        Files.createSymbolicLink(temp.resolve("defs.caplan"), Path.of("real/defs.caplan"));
        Files.writeString(temp.resolve("main.caplan"), "import \"defs.caplan\"\n" + AREAS);
        save(temp.resolve("main.caplan"), "let x = 2");
        assertThat(Files.isSymbolicLink(temp.resolve("defs.caplan"))).isTrue();
        assertThat(Files.readString(temp.resolve("real/defs.caplan"))).isEqualTo("let x = 2\n");
        assertNoTemporaryFiles();
    }

    @Test
    void aReadOnlyFileIsRefusedAndNoFileIsWritten() throws IOException {
        Path main = twoFiles();
        Path reports = temp.resolve("reports.caplan");
        Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("r--r--r--"));
        Session session = Session.open(List.of(main)).value();
        session.submit("let x = 2");
        session.submit("let y = 2");
        Reply reply = session.save();
        assertThat(reply.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SAVE);
        assertThat(reply.diagnostics().get(0).message())
                .isEqualTo("not saved: " + SourceLoader.displayName(reports) + " is read-only (r--r--r--)");
        assertThat(Files.readString(main)).endsWith("let x = 1\n");
        assertThat(Files.readString(reports)).isEqualTo("let y = 1\n");
        assertNoTemporaryFiles();
    }

    @Test
    void anUnwritableFolderIsNamedWithTheReason() throws IOException {
        Path file = model();
        Session session = Session.open(List.of(file)).value();
        session.submit("let x = 2");
        assumeTrue(HostileFilesTest.run("chattr", "+i", temp.toString()) == 0,
                "chattr +i is not available here (no such tool, or a file system without it, or no root)");
        try {
            Reply reply = session.save();
            assertThat(reply.diagnostics()).extracting(Diagnostic::message).containsExactly("not saved: cannot write in"
                    + " the folder " + SourceLoader.displayName(temp) + ": Operation not permitted");
        } finally {
            HostileFilesTest.run("chattr", "-i", temp.toString());
        }
        assertThat(Files.readString(file)).endsWith("let x = 1\n");
        assertNoTemporaryFiles();
    }

    /** The first temporary file is written, the second cannot be: the first is removed again, nothing renamed. */
    @Test
    void aFailureAfterTheFirstTemporaryFileLeavesNothing() throws IOException {
        Files.createDirectories(temp.resolve("sub"));
        Files.writeString(temp.resolve("sub/defs.caplan"), "let y = 1\n");
        Path main = temp.resolve("main.caplan");
        Files.writeString(main, "import \"sub/defs.caplan\"\n" + AREAS + "let x = 1\n");
        Session session = Session.open(List.of(main)).value();
        session.submit("let x = 2");
        session.submit("let y = 2");
        assumeTrue(HostileFilesTest.run("chattr", "+i", temp.resolve("sub").toString()) == 0,
                "chattr +i is not available here (no such tool, or a file system without it, or no root)");
        try {
            Reply reply = session.save();
            assertThat(reply.diagnostics()).extracting(Diagnostic::message).containsExactly("not saved: cannot write in"
                    + " the folder " + SourceLoader.displayName(temp.resolve("sub")) + ": Operation not permitted");
        } finally {
            HostileFilesTest.run("chattr", "-i", temp.resolve("sub").toString());
        }
        assertThat(Files.readString(main)).endsWith("let x = 1\n");
        assertThat(Files.readString(temp.resolve("sub/defs.caplan"))).isEqualTo("let y = 1\n");
        assertNoTemporaryFiles();
    }

    @Test
    void severalFilesAreSavedTogether() throws IOException {
        Path main = twoFiles();
        Session session = Session.open(List.of(main)).value();
        session.submit("let x = 2");
        session.submit("let y = 2");
        assertThat(session.save().text()).startsWith("saved ");
        assertThat(Files.readString(main)).endsWith("let x = 2\n");
        assertThat(Files.readString(temp.resolve("reports.caplan"))).isEqualTo("let y = 2\n");
        assertNoTemporaryFiles();
    }

    @Test
    void aCrashBetweenTwoRenamesIsReportedAndTheHintFinishesTheSave() throws Exception {
        interruptedSave("the power went out");

        List<Diagnostic> problems = Engine.load(List.of(temp)).diagnostics();
        assertThat(problems).extracting(Diagnostic::code).containsExactly(Code.INTERRUPTED_SAVE);
        Diagnostic problem = problems.get(0);
        assertThat(problem.message()).isEqualTo("a save was interrupted (" + shown(".caplan-save") + " is left): "
                + shown("main.caplan") + " saved, " + shown("reports.caplan") + " not; the model mixes old and new text");
        String finish = problem.hint().substring("to finish the save: ".length(), problem.hint().indexOf(';'));
        assertThat(new ProcessBuilder("sh", "-c", finish).inheritIO().start().waitFor()).isZero();
        assertThat(Engine.load(List.of(temp)).diagnostics()).isEmpty();
        assertThat(Files.readString(temp.resolve("reports.caplan"))).isEqualTo("let y = 2\n");
        assertNoTemporaryFiles();
    }

    @Test
    void keepingTheFilesAsTheyAreFollowsTheOtherHalfOfTheHint() throws Exception {
        Path main = interruptedSave("killed");
        String hint = Engine.load(List.of(main)).diagnostics().get(0).hint();
        String keep = hint.substring(hint.indexOf("to keep the files as they are: ") + "to keep the files as they are: ".length());
        assertThat(new ProcessBuilder("sh", "-c", keep).inheritIO().start().waitFor()).isZero();
        assertThat(Engine.load(List.of(main)).diagnostics()).isEmpty();
        assertNoTemporaryFiles();
    }

    /** Two files changed and saved, the save stopped between its renames as a crash would stop it; the main file. */
    private Path interruptedSave(String crash) throws IOException {
        Path main = twoFiles();
        Session session = Session.open(List.of(main)).value();
        session.submit("let x = 2");
        session.submit("let y = 2");
        FileSaver.betweenRenames = () -> {
            throw new IllegalStateException(crash);
        };
        assertThatThrownBy(session::save).hasMessage(crash);
        FileSaver.betweenRenames = () -> { };
        return main;
    }

    private String shown(String name) {
        return SourceLoader.displayName(temp.resolve(name));
    }

    private Path model() throws IOException {
        Path file = temp.resolve("main.caplan");
        Files.writeString(file, AREAS + "let x = 1\n");
        return file;
    }

    /** main.caplan (areas, x = 1) importing reports.caplan (y = 1). */
    private Path twoFiles() throws IOException {
        Path main = temp.resolve("main.caplan");
        Files.writeString(main, "import \"reports.caplan\"\n" + AREAS + "let x = 1\n");
        Files.writeString(temp.resolve("reports.caplan"), "let y = 1\n");
        return main;
    }

    private static void save(Path model, String tweak) {
        Session session = Session.open(List.of(model)).value();
        Reply reply = session.submit(tweak);
        assertThat(reply.hasErrors()).as("%s", reply.diagnostics()).isFalse();
        Reply saved = session.save();
        assertThat(saved.diagnostics()).isEmpty();
        assertThat(saved.text()).startsWith("saved ");
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.equals(".caplan-save")))
                    .isEmpty();
        }
    }

    private static boolean isRoot() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/"), "unix:uid", LinkOption.NOFOLLOW_LINKS))
                && "root".equals(System.getProperty("user.name"));
    }
}

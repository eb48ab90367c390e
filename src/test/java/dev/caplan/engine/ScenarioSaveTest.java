package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.testing.CliRun;
import dev.caplan.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code :save scenario NAME}: a simple name only, written to {@code scenarios/NAME.caplan} in the
 * model's folder and nowhere else; afterwards the changes live in the scenario, the session looks
 * at it, and a following {@code :save} leaves the model's files alone, so they load as before.
 */
class ScenarioSaveTest {
    @TempDir
    Path temp;

    @Test
    void aScenarioNameIsASimpleName() throws IOException {
        Path model = TestFiles.copyTree(Path.of("models/ijsselland"), temp.resolve("ijsselland"));
        List<Path> scenarios = files(model.resolve("scenarios"));
        Session session = Session.open(List.of(model)).value();
        session.submit("\"Kampen (temporary)\" capacity 80 until 2023-03-01");
        for (String name : List.of("../../x", "/tmp/x", "a/b", ".hidden", "x.caplan", "")) {
            Reply reply = session.saveScenario(name);
            assertThat(reply.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.USAGE);
            assertThat(reply.diagnostics().get(0).message()).isEqualTo("not saved: a scenario name is letters, digits"
                    + " and _ (a caplan name), not '" + name + "'");
        }
        assertThat(temp.resolve("x")).doesNotExist();
        assertThat(files(model.resolve("scenarios"))).isEqualTo(scenarios);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The bug of issue #12: :save scenario, then :scenario said "no scenario named", and :save broke the model. */
    @Test
    void afterSavingAScenarioItIsUsedAndTheModelsFilesStayAsTheyWere() throws IOException {
        Path model = TestFiles.copyTree(Path.of("models/ijsselland"), temp.resolve("ijsselland"));
        Session session = Session.open(List.of(model)).value();
        Reply added = session.submit("location \"AZC Olst\" in \"Olst-Wijhe\" kind AZC {\n  capacity 120 from 2023-09-01\n}");
        assertThat(added.hasErrors()).as("%s", added.diagnostics()).isFalse();
        String before = session.submit("azc at 2023-10-01").text();
        Reply saved = session.saveScenario("olst");
        assertThat(saved.diagnostics()).isEmpty();
        assertThat(saved.text()).contains("scenarios/olst.caplan").contains("now on scenario olst");
        assertThat(session.scenario()).isEqualTo("olst");
        assertThat(session.submit("azc at 2023-10-01").text()).as("the same values").isEqualTo(before);
        assertThat(session.useScenario(null).hasErrors()).isFalse();
        assertThat(session.useScenario("olst").hasErrors()).as("the scenario is known").isFalse();
        assertThat(session.save().text()).isEqualTo("nothing to save\n");
        assertThat(CliRun.of("check", model.toString()).exitCode()).as("as the model in git: a check fails, no error")
                .isEqualTo(CliRun.of("check", "models/ijsselland").exitCode());
        assertThat(CliRun.of("eval", model.toString(), "--scenario", "olst").exitCode()).isZero();
        assertThat(Session.open(List.of(model)).diagnostics()).isEmpty();
    }

    @Test
    void aModelGivenAsAFileGetsScenariosBesideIt() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("m"));
        Path file = folder.resolve("main.caplan");
        Files.writeString(file, HostileFilesTest.AREAS + "let x = 1\n");
        Session session = Session.open(List.of(file)).value();
        session.submit("let x = 5");
        Reply saved = session.saveScenario("five");
        assertThat(saved.diagnostics()).isEmpty();
        assertThat(folder.resolve("scenarios/five.caplan")).exists();
        assertThat(Files.readString(file)).endsWith("let x = 1\n");
        assertThat(session.scenario()).isEqualTo("five");
        assertThat(session.submit("x at 2023-01-01").text()).contains("5");
        assertThat(session.save().text()).isEqualTo("nothing to save\n");
    }

    @Test
    void aScenariosFolderThatLinksOutIsRefused() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("m"));
        Files.writeString(folder.resolve("main.caplan"), HostileFilesTest.AREAS + "let x = 1\n");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(folder.resolve("scenarios"), elsewhere);
        Session session = Session.open(List.of(folder)).value();
        session.submit("let x = 5");
        Reply reply = session.saveScenario("five");
        assertThat(reply.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SAVE);
        assertThat(reply.diagnostics().get(0).message()).contains("leads outside the model's folder");
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }
}

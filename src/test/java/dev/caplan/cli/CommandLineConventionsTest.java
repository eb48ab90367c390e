package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What people expect of a command line: examples in every help, a version that names its commit, no stack traces. */
class CommandLineConventionsTest {

    @Test
    void everySubcommandShowsAnExampleInItsHelp() {
        for (String name : CaplanCommand.allNames()) {
            CliRun help = CliRun.of(name, "--help");
            assertThat(help.exitCode()).as("caplan %s --help", name).isZero();
            assertThat(help.out()).as("caplan %s --help shows an example", name).containsPattern("Examples?:");
            assertThat(CliRun.of("help", name).out()).as("caplan help %s", name).isEqualTo(help.out());
        }
    }

    @Test
    void theLanguageServerAcceptsTheStdioFlagEditorsAdd() {
        // vscode-languageclient's stdio transport, and other clients, start the server with --stdio
        CommandLine lsp = new CommandLine(new LspCommand());
        lsp.parseArgs("--stdio");
        assertThat(((LspCommand) lsp.getCommand()).stdio).isTrue();
    }

    @Test
    void theVersionNamesTheCommitOfTheBuild() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).matches("caplan \\S+ \\((commit [0-9a-f]{40}|unknown commit)\\)");
    }

    @Test
    void aBuildWithoutGitSaysUnknownCommit() {
        assertThat(VersionInfo.line("0.1.0", "")).isEqualTo("caplan 0.1.0 (unknown commit)");
        assertThat(VersionInfo.line("0.1.0", "${git.commit.clean}")).isEqualTo("caplan 0.1.0 (unknown commit)");
        assertThat(VersionInfo.line("0.1.0", null)).isEqualTo("caplan 0.1.0 (unknown commit)");
        assertThat(VersionInfo.line("0.1.0", "abc")).isEqualTo("caplan 0.1.0 (commit abc)");
    }

    /** A command with a bug, run through the same handlers as caplan's own. */
    @Command(name = "broken")
    static final class Broken implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("the impossible happened");
        }
    }

    @Test
    void anInternalErrorIsOneLineAndExit70() {
        StringWriter err = new StringWriter();
        int code = runBroken(err, settings(false));
        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.toString()).hasLineCount(1)
                .startsWith("caplan: internal error (a bug in caplan, not in your model): "
                        + "IllegalStateException: the impossible happened; please report it")
                .contains("--debug", "CAPLAN_DEBUG=1")
                .doesNotContain("\tat ");
    }

    @Test
    void withDebugTheStackTraceFollows() {
        StringWriter err = new StringWriter();
        assertThat(runBroken(err, settings(true))).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.toString()).contains("IllegalStateException: the impossible happened", "\tat ");
    }

    @Test
    void whatEscapesEverythingIsStillOneLine() {
        StringWriter err = new StringWriter();
        int code = InternalErrors.report(new StackOverflowError(), new PrintWriter(err), false);
        assertThat(code).isEqualTo(70);
        assertThat(err.toString()).hasLineCount(1).contains("StackOverflowError");
    }

    private static int runBroken(StringWriter err, RunSettings settings) {
        CommandLine commandLine = CaplanCommand.configure(new CommandLine(new Broken()), settings,
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        return commandLine.execute();
    }

    private static RunSettings settings(boolean debug) {
        return new RunSettings(Colour.When.NEVER, false, false, debug, Map.of());
    }

    @Test
    void anArgumentThatLooksLikeAnOptionGetsTheDoubleDashHint() {
        CliRun run = CliRun.of("explain", "models/ijsselland", "-azc", "--at", "2023-07-01");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("caplan explain models/ijsselland --at 2023-07-01 -- -azc");
        CliRun fixed = CliRun.of("explain", "models/ijsselland", "--at", "2023-07-01", "--", "-azc");
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
    }

    @Test
    void aMistypedOptionGetsPicocliSuggestionNotTheHint() {
        CliRun run = CliRun.of("eval", "models/ijsselland", "--formt", "csv");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--format");
    }
}

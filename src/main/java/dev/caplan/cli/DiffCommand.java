package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Version;
import dev.caplan.engine.Versions;
import dev.caplan.output.DiagnosticFormat;
import dev.caplan.output.Diffs;
import dev.caplan.output.Format;
import dev.caplan.result.PlanDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code caplan diff OLD NEW}: what a change to a model does to the plan, for review. Exits like
 * {@code git diff --exit-code}: 0 when no result changed, 1 when one did, 65 when a version does
 * not load, 64 for bad arguments.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a model: declarations changed, report values moved, checks and "
                + "reported figures whose outcome changed, new diagnostics.",
                "Versions are two folders, or git revisions (read from the repository, no checkout): "
                        + "REV alone compares with the working tree.",
                "Exit 0 when no result changed, 1 when one did, 65 when a version does not load."},
        footer = {"", "Examples:",
                "  caplan diff old/ijsselland models/ijsselland     # two folders",
                "  caplan diff main models/ijsselland               # main vs the working tree",
                "  caplan diff HEAD~1 HEAD models/ijsselland -f markdown   # a PR comment",
                "  caplan diff main HEAD models/ijsselland --scenarios base,firm",
                "Reviewing a plan change in practice: docs/review.md"})
final class DiffCommand implements Callable<Integer> {

    @Parameters(arity = "1..3", paramLabel = "OLD [NEW] [PATH]", hideParamSyntax = true,
            description = {"OLD_DIR NEW_DIR; or REV [PATH] (against the working tree); or REV1 REV2 [PATH].",
                    "PATH is the model's folder or file (default: the current folder)."})
    List<String> arguments;

    @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", description = "Compare the model as this scenario changes it.")
    String scenario;

    @Option(names = "--scenarios", split = ",", paramLabel = "A,B,...", hideParamSyntax = true,
            description = "Compare each of these scenarios ('base': the model without any).")
    List<String> scenarios;

    @Mixin
    ModelOptions options;

    @Mixin
    DiagnosticsFormatOption diagnostics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Invocation run = Invocation.of(commandLine);
        Format format = options.format(run);
        if (format == Format.CSV) {
            throw new CommandLine.ParameterException(commandLine, "a diff has no csv format: use table, markdown or json");
        }
        if (scenario != null && scenarios != null) {
            throw new CommandLine.ParameterException(commandLine, "give --scenario NAME or --scenarios A,B, not both");
        }
        String a = arguments.get(0);
        String b = arguments.size() > 1 ? arguments.get(1) : null;
        Versions versions;
        if (arguments.size() == 2 && exists(a) && exists(b)) {
            versions = Versions.load(() -> Version.onDisk(a, List.of(Path.of(a))),
                    () -> Version.onDisk(b, List.of(Path.of(b))));
        } else if (arguments.size() == 1 || arguments.size() == 2 && exists(b) && !Version.isRevision(b, Path.of(b))) {
            Path path = Path.of(b == null ? "." : b);
            versions = Versions.load(() -> Version.atRevision(a, path),
                    () -> Version.onDisk(b == null ? "working tree" : b + " (working tree)", List.of(path)));
        } else {
            Path path = Path.of(arguments.size() == 3 ? arguments.get(2) : ".");
            versions = Versions.load(() -> Version.atRevision(a, path), () -> Version.atRevision(b, path));
        }
        Outcome<Version> before = versions.before();
        Outcome<Version> after = versions.after();
        Integer failed = loadFailure(before, a, run);
        if (failed == null) {
            failed = loadFailure(after, arguments.size() == 1 ? "the working tree" : b, run);
        }
        if (failed != null) {
            return failed;
        }
        Outcome<PlanDiff> diff = before.value().diff(after.value(), chosenScenarios());
        int printed = ModelOptions.print(run, diff, value -> Diffs.render(value, format).orElseThrow());
        if (diff.value() == null) {
            return printed;
        }
        return diff.value().resultsChanged() ? ExitCodes.CHECKS_FAILED : ExitCodes.OK;
    }

    /** The scenarios to compare: the model itself unless named; 'base' in a list is the model itself. */
    private List<String> chosenScenarios() {
        List<String> chosen = new ArrayList<>();
        if (scenario != null) {
            chosen.add(scenario);
        } else if (scenarios != null) {
            scenarios.forEach(name -> chosen.add(name.equals("base") ? null : name));
        } else {
            chosen.add(null);
        }
        return chosen;
    }

    private static boolean exists(String path) {
        return path != null && Files.exists(Path.of(path));
    }

    /** Prints why a version cannot be compared, saying which; the exit code, or null when it loaded. */
    private static Integer loadFailure(Outcome<Version> version, String label, Invocation run) {
        if (version.value() != null) {
            return null;
        }
        ModelOptions.report(version.diagnostics(), run);
        int exit = ModelOptions.exitCodeOf(version.diagnostics());
        boolean text = run.diagnosticFormat().orElse(DiagnosticFormat.TEXT) == DiagnosticFormat.TEXT;
        if (exit == ExitCodes.MODEL_ERRORS && text) { // a JSON or SARIF document on standard error stays one document
            run.err().println("caplan diff: the version " + label + " does not load, so nothing is compared");
            run.err().flush();
        }
        return exit;
    }
}

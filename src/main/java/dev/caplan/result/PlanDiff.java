package dev.caplan.result;

import dev.caplan.diag.Diagnostic;
import java.util.List;

/**
 * What a change to a model does to the plan, as data, for review: the declarations it changed
 * (in the language's terms), and per scenario compared (null: the model itself) the report values
 * that moved and the checks and reported figures whose outcome changed; the diagnostics the new
 * version has that the old one did not. {@code before} and {@code after} name the two versions
 * ({@code HEAD~1}, a folder). {@code output} words and lays it out; nothing here is text for people
 * except the details of a declaration change.
 */
public record PlanDiff(String before, String after, List<DeclarationChange> declarations,
                       List<ScenarioResults> results, List<Diagnostic> newDiagnostics) {
    public PlanDiff {
        declarations = List.copyOf(declarations);
        results = List.copyOf(results);
        newDiagnostics = List.copyOf(newDiagnostics);
    }

    /** Whether anything a reader of results sees moved: a value, a check's or figure's outcome, a new diagnostic. */
    public boolean resultsChanged() {
        return !newDiagnostics.isEmpty() || results.stream().anyMatch(ScenarioResults::changed);
    }

    /** Whether the two versions differ at all, in declarations or in results. */
    public boolean isEmpty() {
        return declarations.isEmpty() && !resultsChanged();
    }

    /** How a declaration changed. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * A declaration added, removed or changed, identified as a modeller names it: {@code kind} is
     * its keyword ({@code location}), {@code name} its name or label as written (null for one
     * without, such as an {@code area} line, identified then by its text). {@code details} say what
     * changed: {@code 300 → 400 places from 2023-04-01 until 2026-02-01}, {@code option extend added}.
     */
    public record DeclarationChange(String kind, String name, Change change, List<String> details) {
        public DeclarationChange {
            details = List.copyOf(details);
        }
    }

    /** The results of one scenario (null: the model as it is) in both versions. */
    public record ScenarioResults(String scenario, List<ReportChange> reports, List<OutcomeChange> outcomes) {
        public ScenarioResults {
            reports = List.copyOf(reports);
            outcomes = List.copyOf(outcomes);
        }

        public boolean changed() {
            return !outcomes.isEmpty() || reports.stream().anyMatch(ReportChange::changed);
        }

        /** How many report cells moved, over all reports. */
        public int movedValues() {
            return reports.stream().mapToInt(r -> r.moved().size()).sum();
        }
    }

    /**
     * One report in both versions: the cells that moved (a row and column of both, the total
     * row included), how many rows it has and how many of them moved. {@code change} is ADDED or
     * REMOVED for a report in one version only (no cells then), CHANGED otherwise (also when
     * nothing moved: {@code moved} is empty then).
     */
    public record ReportChange(String report, String title, Change change, int rows, int changedRows,
                               List<ValueChange> moved) {
        public ReportChange {
            moved = List.copyOf(moved);
        }

        public boolean changed() {
            return change != Change.CHANGED || !moved.isEmpty();
        }
    }

    /**
     * A check or reported figure whose outcome differs: {@code before} and {@code after} are what
     * running it found (null: it holds, or the figure matches), {@code what} is {@code check} or
     * {@code reported}, {@code label} its label or its text. {@code present} says in which versions
     * it is declared (a new check that fails, a removed one that failed).
     */
    public record OutcomeChange(String what, String label, Finding before, Finding after, Presence present) {
    }

    /** In which versions a check or figure is declared. */
    public enum Presence { BOTH, ONLY_BEFORE, ONLY_AFTER }
}

package dev.caplan.output;

import dev.caplan.result.Finding;
import dev.caplan.result.PlanDiff;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ValueChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The words every layout of a {@link PlanDiff} shares: the summary line, a declaration's name, a
 * check's outcome ({@code holds}, {@code fails}, ...) and what it found, a moved value and its
 * difference. Text and Markdown differ in layout only.
 */
final class DiffWords {
    /** A cell in a row or column that one version does not have. */
    static final String NONE = "(none)";

    private DiffWords() {
    }

    /** "2 declarations changed, 6 report values moved in 1 report, 2 outcomes changed" (or "no changes"). */
    static String summary(PlanDiff diff) {
        List<String> parts = new ArrayList<>();
        if (!diff.declarations().isEmpty()) {
            parts.add(count(diff.declarations().size(), "declaration") + " changed");
        }
        int moved = diff.results().stream().mapToInt(PlanDiff.ScenarioResults::movedValues).sum();
        long reports = diff.results().stream().flatMap(r -> r.reports().stream()).filter(r -> !r.moved().isEmpty())
                .count();
        if (moved > 0) {
            parts.add(count(moved, "report value") + " moved in " + count((int) reports, "report"));
        }
        long addedOrRemoved = diff.results().stream().flatMap(r -> r.reports().stream())
                .filter(r -> r.change() != PlanDiff.Change.CHANGED).count();
        if (addedOrRemoved > 0) {
            parts.add(count((int) addedOrRemoved, "report") + " added or removed");
        }
        int outcomes = diff.results().stream().mapToInt(r -> r.outcomes().size()).sum();
        if (outcomes > 0) {
            parts.add(count(outcomes, "check or figure outcome") + " changed");
        }
        if (!diff.newDiagnostics().isEmpty()) {
            parts.add(count(diff.newDiagnostics().size(), "new diagnostic"));
        }
        return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }

    static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code location "ROL Zwolle"}, or the text of a declaration without a name. */
    static String declaration(PlanDiff.DeclarationChange change) {
        if (change.name() == null) {
            return change.details().isEmpty() ? change.kind() : change.details().get(0);
        }
        return change.kind() + " " + change.name();
    }

    /** What changed in a declaration: its details, or "added" / "removed". */
    static List<String> details(PlanDiff.DeclarationChange change) {
        return switch (change.change()) {
            case ADDED -> List.of("added");
            case REMOVED -> List.of("removed");
            case CHANGED -> change.details();
        };
    }

    /** {@code check 'AZC places meet the quota'}, {@code reported 'Table A total on 1 Jul 2023'}. */
    static String outcomeName(PlanDiff.OutcomeChange change) {
        return change.what() + " '" + change.label() + "'";
    }

    /** {@code fails → holds}, {@code new, fails}, {@code matches → differs}, {@code still fails, differently}. */
    static String outcomeStates(PlanDiff.OutcomeChange change) {
        return switch (change.present()) {
            case ONLY_AFTER -> "new, " + state(change.what(), change.after());
            case ONLY_BEFORE -> state(change.what(), change.before()) + ", removed";
            case BOTH -> {
                String before = state(change.what(), change.before());
                String after = state(change.what(), change.after());
                yield before.equals(after) ? "still " + after + ", differently" : before + " → " + after;
            }
        };
    }

    /** One word for an outcome: holds, fails, holds only tentatively, unknown; matches or differs for a figure. */
    static String state(String what, Finding finding) {
        if (finding == null) {
            return what.equals("reported") ? "matches" : "holds";
        }
        return finding.accept(STATE);
    }

    private static final Finding.Visitor<String> STATE = new Finding.Visitor<>() {
        @Override
        public String visitCheckFails(Finding.CheckFails finding) {
            return "fails";
        }

        @Override
        public String visitHoldsOnlyTentatively(Finding.HoldsOnlyTentatively finding) {
            return "holds only tentatively";
        }

        @Override
        public String visitCheckUnknown(Finding.CheckUnknown finding) {
            return "unknown";
        }

        @Override
        public String visitFigureDiffers(Finding.FigureDiffers finding) {
            return "differs";
        }

        @Override
        public String visitFigureNotOneNumber(Finding.FigureNotOneNumber finding) {
            return "cannot be compared";
        }

        @Override
        public String visitFailed(Finding.Failed finding) {
            return "cannot be evaluated";
        }
    };

    /**
     * What running it found, as {@code caplan check} says it, without the name the line already
     * gives: {@code fails on 2024-01-01: azc = 1730, azc_places[IJsselland] = 1836 (short by 106)}.
     */
    static String found(PlanDiff.OutcomeChange change, Finding finding) {
        if (finding == null) {
            return state(change.what(), null);
        }
        String message = Findings.diagnostic(finding).message();
        String prefix = "check '" + change.label() + "' ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A value with its marks, {@code 1965? (firm: 1685)}; {@code (none)} where the version has no such cell. */
    static String amount(ResultCell cell) {
        return cell == null ? NONE : Prose.amount(cell);
    }

    /** After minus before, signed, with the firm difference when it differs: {@code +100}, {@code -80 (firm: 0)}. */
    static String difference(ValueChange change) {
        ResultCell a = change.before();
        ResultCell b = change.after();
        if (a == null || b == null || !a.isKnown() || !b.isKnown()) {
            return "";
        }
        BigDecimal expected = b.value().subtract(a.value());
        BigDecimal firm = b.firm().subtract(a.firm());
        String shown = signed(expected);
        return firm.compareTo(expected) == 0 ? shown : shown + " (firm: " + signed(firm) + ")";
    }

    private static String signed(BigDecimal value) {
        String number = Prose.number(value);
        return value.signum() > 0 ? "+" + number : number;
    }

    /** "table_a: 3 of 8 rows moved", with the title when there is one. */
    static String reportLine(PlanDiff.ReportChange report) {
        String name = report.title() != null ? report.report() + " (" + report.title() + ")" : report.report();
        return switch (report.change()) {
            case ADDED -> name + ": new report";
            case REMOVED -> name + ": removed";
            case CHANGED -> name + ": " + report.changedRows() + " of " + count(report.rows(), "row") + " moved, "
                    + (report.rows() - report.changedRows()) + " unchanged";
        };
    }

    /** The heading of one scenario's results: empty for the model itself. */
    static String scenario(PlanDiff.ScenarioResults results) {
        return results.scenario() == null ? "" : "scenario " + results.scenario();
    }

    /** The names of reports in which nothing moved. */
    static List<String> unchanged(PlanDiff.ScenarioResults results) {
        return results.reports().stream().filter(r -> !r.changed()).map(PlanDiff.ReportChange::report).toList();
    }
}

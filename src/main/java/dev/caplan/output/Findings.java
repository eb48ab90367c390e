package dev.caplan.output;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Visible;
import dev.caplan.result.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks found, in words: each finding as a diagnostic (a failing check names its days
 * and both sides' values, and the places that end shortly before), and the one-line summary a
 * comparison of scenarios gives per failing check.
 */
public final class Findings {

    private Findings() {
    }

    /** The finding as a diagnostic at its place in the model. */
    public static Diagnostic diagnostic(Finding finding) {
        return finding.accept(AS_DIAGNOSTIC);
    }

    /** "check 'X' fails first on 2024-01-01: azc = 1550, azc_places[IJsselland] = 1621 (short by 71)". */
    public static String firstFailure(Finding.CheckFails fails) {
        return Visible.text(what(fails.label()) + " fails first " + stretch(fails.days().get(0)));
    }

    /**
     * What a check found, short enough for the end of its line: "fails on 2024-01-01: azc = 1730,
     * azc_places[IJsselland] = 1836 (short by 106)" (and "and N more"); null for a finding of no check.
     */
    public static String outcome(Finding finding) {
        if (finding instanceof Finding.CheckFails fails) {
            return Visible.text("fails " + briefly(fails.days(), fails.moreDays()));
        }
        if (finding instanceof Finding.CheckUnknown unknown) {
            return Visible.text("unknown " + briefly(unknown.days(), unknown.moreDays()));
        }
        if (finding instanceof Finding.HoldsOnlyTentatively holds) {
            return Visible.text("holds only counting tentative values; firm, it fails "
                    + briefly(holds.firmDays(), holds.moreDays()));
        }
        return null;
    }

    /** The first stretch, and how many more there are. */
    private static String briefly(List<Finding.Stretch> stretches, int more) {
        int others = stretches.size() - 1 + more;
        return stretch(stretches.get(0)) + (others > 0 ? " and " + others + " more" : "");
    }

    private static final Finding.Visitor<Diagnostic> AS_DIAGNOSTIC = new Finding.Visitor<>() {
        @Override
        public Diagnostic visitCheckFails(Finding.CheckFails fails) {
            return new Diagnostic(fails.severity(), fails.code(), what(fails.label()) + " fails "
                    + stretches(fails.days(), fails.moreDays()), fails.condition(), ends(fails));
        }

        @Override
        public Diagnostic visitHoldsOnlyTentatively(Finding.HoldsOnlyTentatively holds) {
            return new Diagnostic(holds.severity(), holds.code(), what(holds.label()) + " holds only by counting "
                    + "tentative values; without them it fails " + stretches(holds.firmDays(), holds.moreDays()),
                    holds.condition(), "firm values leave out places marked with ?, such as extensions not yet granted");
        }

        @Override
        public Diagnostic visitCheckUnknown(Finding.CheckUnknown unknown) {
            return new Diagnostic(unknown.severity(), unknown.code(), what(unknown.label()) + " is unknown "
                    + stretches(unknown.days(), unknown.moreDays()) + ": " + String.join(" and ", unknown.unknown())
                    + (unknown.unknown().size() == 1 ? " has" : " have") + " no value then", unknown.condition(),
                    "a value is unknown where the model does not say (no quota line, nothing realised yet, a ? cell); "
                            + "to judge only the days with known values, add: if known");
        }

        @Override
        public Diagnostic visitFigureDiffers(Finding.FigureDiffers differs) {
            String label = differs.label() != null ? " (" + differs.label() + ")" : "";
            String computed = differs.percent() ? Prose.percent(differs.computed()) : Prose.exact(differs.computed());
            return new Diagnostic(differs.severity(), differs.code(), "the memo's figure " + differs.figure() + label
                    + " does not match the model: " + differs.expression() + " = " + computed, differs.figureSpan(),
                    "the tolerance is " + (differs.tolerance() != null ? differs.tolerance()
                            : "half a unit of the figure's last digit") + "; fix the model, or note why the memo differs");
        }

        @Override
        public Diagnostic visitFigureNotOneNumber(Finding.FigureNotOneNumber figure) {
            if (figure.unknown()) {
                return new Diagnostic(figure.severity(), figure.code(), "the value is unknown on that day: "
                        + "it divides by 0", figure.expression(), "check the divisor on that day");
            }
            return new Diagnostic(figure.severity(), figure.code(), "the reported figure is compared with "
                    + "a value that changes over time", figure.expression(),
                    "say when: ... at 2023-01-01, or sum(x over 2023-H1)");
        }

        @Override
        public Diagnostic visitFailed(Finding.Failed failed) {
            return failed.diagnostic();
        }
    };

    private static String what(String label) {
        return label != null ? "check '" + label + "'" : "check";
    }

    /** "on 2024-01-01: azc = 1730, ...; from 2024-03-01 to 2024-05-31, at worst on ... and 2 more". */
    private static String stretches(List<Finding.Stretch> stretches, int more) {
        List<String> parts = new ArrayList<>();
        for (Finding.Stretch stretch : stretches) {
            parts.add(stretch(stretch));
        }
        return String.join("; ", parts) + (more > 0 ? " and " + more + " more" : "");
    }

    /** One stretch: "on D: sides", "in 2023-H1: sides", or "from A to B, at worst on W: sides". */
    private static String stretch(Finding.Stretch stretch) {
        if (stretch.period() != null) {
            return "in " + stretch.period() + sides(stretch, ": ");
        }
        if (stretch.isOneDay()) {
            return "on " + stretch.first() + sides(stretch, ": ");
        }
        String days = stretch.first() == null && stretch.last() == null ? "every day"
                : stretch.first() == null ? "until " + stretch.last()
                : stretch.last() == null ? "from " + stretch.first() + " on"
                : "from " + stretch.first() + " to " + stretch.last();
        return stretch.left() == null ? days : days + ", at worst on " + stretch.worst() + sides(stretch, ": ");
    }

    private static String sides(Finding.Stretch day, String lead) {
        if (day.left() == null) {
            return "";
        }
        int order = day.left().value().compareTo(day.right().value());
        String gap = order < 0 ? " (short by " + Prose.exact(day.right().value().subtract(day.left().value())) + ")"
                : " (over by " + Prose.exact(day.left().value().subtract(day.right().value())) + ")";
        return lead + side(day.left()) + ", " + side(day.right()) + gap;
    }

    /** The first day of a stretch (a flow's period: its label). */
    private static String firstDay(Finding.Stretch stretch) {
        return stretch.period() != null ? stretch.period() : stretch.first();
    }

    private static String side(Finding.Side side) {
        String value = Prose.exact(side.value());
        return side.expression() == null ? value : side.expression() + " = " + value;
    }

    /** "places that end in the year before 2024-01-01: Raalte (COVID) 110 until 2023-12-01, ...", or null. */
    private static String ends(Finding.CheckFails fails) {
        if (fails.ends().isEmpty()) {
            return null;
        }
        List<String> listed = new ArrayList<>();
        for (Finding.ContractEnd end : fails.ends()) {
            String places = end.places() == null ? "(unknown places)" : Prose.exact(end.places());
            listed.add(end.location() + " " + places + (end.tentative() ? "?" : "") + " until "
                    + end.until());
        }
        return "places that end in the year before " + firstDay(fails.days().get(0)) + ": " + String.join(", ", listed)
                + (fails.moreEnds() ? ", ..." : "");
    }
}

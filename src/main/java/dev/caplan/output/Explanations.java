package dev.caplan.output;

import dev.caplan.diag.Visible;
import dev.caplan.result.Explanation.Step;
import dev.caplan.result.Explanation;

/**
 * Draws an explanation as an indented tree, one line per step, with where in the model each step
 * comes from after it:
 * <pre>
 * azc = 1965? (firm: 1685)   [models/ijsselland/reports.caplan:7:1]
 * └─ capacity[IJsselland, kind in (AZC, NO, ROL)] = 1965? (firm: 1685)
 *    ├─ AZC Schalkhaar (Deventer, AZC) = 550: capacity 550   [models/ijsselland/azc.caplan:13:3]
 * </pre>
 */
public final class Explanations {

    private Explanations() {
    }

    /** The tree, with whatever the model wrote in it (names, notes, expressions) shown visibly ({@link Visible}). */
    public static String render(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        render(explanation, out, "", "");
        return Visible.lines(out.toString());
    }

    private static void render(Explanation node, StringBuilder out, String lead, String childLead) {
        out.append(lead).append(step(node.step()));
        if (node.location() != null) {
            out.append("   [").append(node.location()).append(']');
        }
        out.append('\n');
        for (int i = 0; i < node.inputs().size(); i++) {
            boolean last = i == node.inputs().size() - 1;
            render(node.inputs().get(i), out, childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "));
        }
    }

    /** One step in words. */
    static String step(Step step) {
        return step.accept(STEP);
    }

    private static final Explanation.Visitor<String> STEP = new Explanation.Visitor<>() {
        @Override
        public String visitValue(Explanation.Value value) {
            return value.expression() + " = " + (value.value().isKnown() ? Prose.amount(value.value()) : "unknown");
        }

        @Override
        public String visitGrouped(Explanation.Grouped grouped) {
            return grouped.expression() + " = (a value per group)";
        }

        @Override
        public String visitPlaces(Explanation.Places places) {
            return Explanations.places(places);
        }

        @Override
        public String visitMorePlaces(Explanation.MorePlaces more) {
            return "... and " + more.count() + " more locations";
        }

        @Override
        public String visitQuotaLine(Explanation.QuotaLine line) {
            return "the quota's own line for " + line.area() + ": " + line.line() + (line.tentative() ? " (tentative)" : "");
        }

        @Override
        public String visitKeyShare(Explanation.KeyShare share) {
            return keyShare(share);
        }

        @Override
        public String visitLedgerLine(Explanation.LedgerLine line) {
            return "ledger " + Prose.ledgerLine(line.period(), line.cells());
        }

        @Override
        public String visitNote(Explanation.Note note) {
            return note.text();
        }
    };

    private static String places(Explanation.Places places) {
        String bounds = places.low() == null ? ""
                : " (" + HumanText.range(Prose.number(places.low()), Prose.number(places.high())) + ")";
        return places.location() + " (" + places.municipality() + ", " + places.kind() + ") = "
                + (places.places() == null ? "unknown" : Prose.number(places.places())) + bounds
                + (places.tentative() ? "? (tentative)" : "") + ": "
                + places.line();
    }

    /** "IJsselland's share of Overijssel's 4001 by key 'population' (45.9%): exactly 1836.459, rounded down to 1836 ...". */
    private static String keyShare(Explanation.KeyShare share) {
        String weight = share.shares() ? Prose.share(share.weight())
                : Prose.exact(share.weight()) + " of " + Prose.number(share.weightSum());
        return possessive(share.area()) + " share of " + possessive(share.parent()) + " " + Prose.number(share.parentTotal())
                + " by key '" + share.key() + "' (" + weight + "): exactly " + Prose.exact(share.exact()) + ", "
                + rounding(share);
    }

    private static String rounding(Explanation.KeyShare share) {
        if (share.exact().stripTrailingZeros().scale() <= 0) {
            return "a whole number";
        }
        String result = Prose.number(share.result());
        if (share.roundedUp()) {
            return "rounded up to " + result + ": its remainder is among the largest (largest remainder)";
        }
        return "rounded down to " + result + (share.gotExtra().isEmpty() ? "" : ": the remaining place"
                + (share.gotExtra().size() > 1 ? "s" : "") + " went to " + String.join(", ", share.gotExtra())
                + " (larger remainder)");
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}

package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.Printer;
import dev.caplan.check.CheckedCheck;
import dev.caplan.check.CheckedModel;
import dev.caplan.diag.Diagnostic;
import dev.caplan.output.Findings;
import dev.caplan.result.Finding;
import dev.caplan.result.PlanDiff;
import dev.caplan.result.PlanDiff.Presence;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks and reported figures whose outcome differs between two versions: held → fails, fails
 * → holds, fails on other days or by another shortfall, a figure that matched and no longer does.
 * A check or figure is matched by its label (by its text when it has none); a finding belongs to
 * the declaration whose text holds the place it points at. Outcomes are compared as they are worded,
 * so a shortfall that changes is a change and a check that moved to another line is not.
 */
final class OutcomeDiff {

    private OutcomeDiff() {
    }

    static List<PlanDiff.OutcomeChange> between(CheckedModel oldModel, List<Finding> oldFound, CheckedModel newModel,
                                               List<Finding> newFound) {
        Map<String, Declared> old = declared(oldModel, oldFound);
        Map<String, Declared> now = declared(newModel, newFound);
        List<String> keys = new ArrayList<>(now.keySet());
        old.keySet().stream().filter(key -> !now.containsKey(key)).forEach(keys::add);
        List<PlanDiff.OutcomeChange> changes = new ArrayList<>();
        for (String key : keys) {
            Declared was = old.get(key);
            Declared is = now.get(key);
            Declared either = is != null ? is : was;
            String wasWords = was == null ? "" : was.words();
            String isWords = is == null ? "" : is.words();
            if (!wasWords.equals(isWords)) {
                Presence presence = was == null ? Presence.ONLY_AFTER : is == null ? Presence.ONLY_BEFORE : Presence.BOTH;
                changes.add(new PlanDiff.OutcomeChange(either.what, either.label,
                        was == null ? null : was.primary(), is == null ? null : is.primary(), presence));
            }
        }
        return changes;
    }

    /** A check or reported figure and what running it found (nothing: it holds, or the figure matches). */
    private record Declared(String what, String label, Span span, List<Finding> found) {
        /** The finding that decides its outcome: an error before a warning. */
        Finding primary() {
            return found.stream().min(Comparator.comparing(f -> f.severity().ordinal())).orElse(null);
        }

        String words() {
            List<String> words = new ArrayList<>();
            for (Finding finding : found) {
                Diagnostic diagnostic = Findings.diagnostic(finding);
                words.add(diagnostic.severity() + " " + diagnostic.message() + " " + Objects.toString(diagnostic.hint()));
            }
            return String.join("\n", words);
        }
    }

    private static Map<String, Declared> declared(CheckedModel model, List<Finding> found) {
        Map<String, Declared> declared = new LinkedHashMap<>();
        for (CheckedCheck check : model.checks()) {
            add(declared, "check", check.item(), check.item().label());
        }
        for (Item.Reported reported : model.reported()) {
            add(declared, "reported", reported, reported.label());
        }
        for (Finding finding : found) {
            Span at = span(finding);
            Declared owner = declared.values().stream().filter(d -> contains(d.span(), at)).findFirst().orElse(null);
            if (owner == null) {
                String words = Findings.diagnostic(finding).message();
                owner = declared.computeIfAbsent("finding " + words, k -> new Declared("finding", words, null,
                        new ArrayList<>()));
            }
            owner.found().add(finding);
        }
        return declared;
    }

    private static void add(Map<String, Declared> declared, String what, Item item, String label) {
        String key = what + " " + (label != null ? label : Printer.print(item));
        String unique = key;
        for (int n = 2; declared.containsKey(unique); n++) {
            unique = key + " #" + n;
        }
        declared.put(unique, new Declared(what, label != null ? label : Printer.print(item), item.span(), new ArrayList<>()));
    }

    private static Span span(Finding finding) {
        return finding.accept(WHERE);
    }

    /** The place a finding points at: a check's condition, a figure, an expression. */
    private static final Finding.Visitor<Span> WHERE = new Finding.Visitor<>() {
        @Override
        public Span visitCheckFails(Finding.CheckFails finding) {
            return finding.condition();
        }

        @Override
        public Span visitHoldsOnlyTentatively(Finding.HoldsOnlyTentatively finding) {
            return finding.condition();
        }

        @Override
        public Span visitCheckUnknown(Finding.CheckUnknown finding) {
            return finding.condition();
        }

        @Override
        public Span visitFigureDiffers(Finding.FigureDiffers finding) {
            return finding.figureSpan();
        }

        @Override
        public Span visitFigureNotOneNumber(Finding.FigureNotOneNumber finding) {
            return finding.expression();
        }

        @Override
        public Span visitFailed(Finding.Failed finding) {
            return finding.diagnostic().span();
        }
    };

    private static boolean contains(Span outer, Span inner) {
        return outer != null && inner != null && outer.file() == inner.file() && outer.start() <= inner.start()
                && inner.end() <= outer.end();
    }
}

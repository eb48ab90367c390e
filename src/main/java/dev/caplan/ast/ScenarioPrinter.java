package dev.caplan.ast;

import java.util.ArrayList;
import java.util.List;

/** The scenario half of {@link Printer}: scenario blocks and contract options. */
final class ScenarioPrinter {

    private ScenarioPrinter() {
    }

    static String scenario(Item.Scenario item) {
        StringBuilder head = new StringBuilder("scenario ").append(item.name().source());
        if (item.parent() != null) {
            head.append(" extends ").append(item.parent().source());
        }
        if (item.title() != null) {
            head.append(' ').append(Printer.quote(item.title()));
        }
        List<String> lines = new ArrayList<>();
        for (ScenarioEntry entry : item.entries()) {
            lines.addAll(List.of(entry(entry).split("\n")));
        }
        return Printer.block(head.toString(), lines);
    }

    static String entry(ScenarioEntry entry) {
        return entry.accept(EntryPrinter.INSTANCE);
    }

    static String option(LocationEntry.Option option) {
        StringBuilder out = new StringBuilder("option ");
        if (option.name() != null) {
            out.append(option.name().source()).append(' ');
        }
        if (option.extend()) {
            return out.append("extend until ").append(option.until().text()).toString();
        }
        out.append("expand to ").append(option.places().source());
        if (option.from() != null) {
            out.append(" from ").append(option.from().text());
        }
        if (option.until() != null) {
            out.append(" until ").append(option.until().text());
        }
        return out.toString();
    }

    /** One line (or, for a declaration, block) of a scenario. */
    private static final class EntryPrinter implements ScenarioEntry.Visitor<String> {
        static final EntryPrinter INSTANCE = new EntryPrinter();

        @Override
        public String visitExerciseAll(ScenarioEntry.ExerciseAll entry) {
            return "exercise options";
        }

        @Override
        public String visitExercise(ScenarioEntry.Exercise exercise) {
            List<String> refs = new ArrayList<>();
            for (ScenarioEntry.OptionRef ref : exercise.options()) {
                refs.add(ref.location().source() + (ref.option() == null ? "" : " " + ref.option().source()));
            }
            return "exercise option " + String.join(", ", refs);
        }

        @Override
        public String visitWithoutTentative(ScenarioEntry.WithoutTentative entry) {
            return "without tentative";
        }

        @Override
        public String visitAdd(ScenarioEntry.Add add) {
            return "add " + Printer.print(add.item());
        }

        @Override
        public String visitDrop(ScenarioEntry.Drop drop) {
            return "drop " + drop.what().word() + " " + drop.name().source();
        }

        @Override
        public String visitReplace(ScenarioEntry.Replace replace) {
            return Printer.print(replace.item());
        }
    }
}

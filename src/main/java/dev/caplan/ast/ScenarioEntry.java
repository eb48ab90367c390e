package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/** A line inside a {@code scenario} block: what the scenario changes about the model it extends. */
public sealed interface ScenarioEntry {

    Span span();

    /** {@code exercise options}: every contract option of every location. */
    record ExerciseAll(Span span) implements ScenarioEntry {
    }

    /** {@code exercise option "ROL Zwolle" extend, "Kampen (temporary)"}: named options (all of a location without a name). */
    record Exercise(List<OptionRef> options, Span span) implements ScenarioEntry {
        public Exercise {
            options = List.copyOf(options);
        }
    }

    /** A location's option by name; {@code option} null means all options of the location. */
    record OptionRef(Name location, Name option, Span span) {
    }

    /** {@code without tentative}: the firm view, leaving out every tentative value. */
    record WithoutTentative(Span span) implements ScenarioEntry {
    }

    /** {@code add location ...}: a declaration the base does not have. */
    record Add(Item item, Span span) implements ScenarioEntry {
    }

    /** {@code drop location "Kampen (temporary)"}: a declaration left out. */
    record Drop(String what, Name name, Span span) implements ScenarioEntry {
    }

    /** A declaration that replaces the base's declaration of the same kind and name. */
    record Replace(Item item, Span span) implements ScenarioEntry {
    }
}

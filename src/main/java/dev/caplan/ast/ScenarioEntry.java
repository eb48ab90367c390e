package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/** A line inside a {@code scenario} block: what the scenario changes about the model it extends. */
public sealed interface ScenarioEntry {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of line; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitExerciseAll(ExerciseAll entry);

        R visitExercise(Exercise entry);

        R visitWithoutTentative(WithoutTentative entry);

        R visitAdd(Add entry);

        R visitDrop(Drop entry);

        R visitReplace(Replace entry);
    }

    /** {@code exercise options}: every contract option of every location. */
    record ExerciseAll(Span span) implements ScenarioEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExerciseAll(this);
        }
    }

    /** {@code exercise option "ROL Zwolle" extend, "Kampen (temporary)"}: named options (all of a location without a name). */
    record Exercise(List<OptionRef> options, Span span) implements ScenarioEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExercise(this);
        }

        public Exercise {
            options = List.copyOf(options);
        }
    }

    /** A location's option by name; {@code option} null means all options of the location. */
    record OptionRef(Name location, Name option, Span span) {
    }

    /** {@code without tentative}: the firm view, leaving out every tentative value. */
    record WithoutTentative(Span span) implements ScenarioEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWithoutTentative(this);
        }
    }

    /** {@code add location ...}: a declaration the base does not have. */
    record Add(Item item, Span span) implements ScenarioEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAdd(this);
        }
    }

    /** {@code drop location "Kampen (temporary)"}: a declaration left out. */
    record Drop(ItemKind what, Name name, Span span) implements ScenarioEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDrop(this);
        }
    }

    /** A declaration that replaces the base's declaration of the same kind and name. */
    record Replace(Item item, Span span) implements ScenarioEntry {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitReplace(this);
        }
    }
}

package dev.caplan.parse;

import dev.caplan.ast.ItemKind;
import dev.caplan.ast.Name;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.parse.antlr.CaplanParser.AddEntryContext;
import dev.caplan.parse.antlr.CaplanParser.DropEntryContext;
import dev.caplan.parse.antlr.CaplanParser.ExerciseAllEntryContext;
import dev.caplan.parse.antlr.CaplanParser.ExerciseEntryContext;
import dev.caplan.parse.antlr.CaplanParser.OptionNameContext;
import dev.caplan.parse.antlr.CaplanParser.OptionRefContext;
import dev.caplan.parse.antlr.CaplanParser.ReplaceEntryContext;
import dev.caplan.parse.antlr.CaplanParser.WithoutTentativeEntryContext;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the entries of a scenario block (exercise options, leave out tentative figures, add, drop
 * or replace a declaration): one method per labelled alternative. Added and replacing
 * declarations are built by the item builder.
 */
final class ScenarioBuilder extends Builder<ScenarioEntry> {
    private final ItemBuilder items;

    ScenarioBuilder(Atoms atoms, ItemBuilder items) {
        super(atoms);
        this.items = items;
    }

    @Override
    public ScenarioEntry visitExerciseAllEntry(ExerciseAllEntryContext c) {
        return new ScenarioEntry.ExerciseAll(atoms.span(c));
    }

    @Override
    public ScenarioEntry visitExerciseEntry(ExerciseEntryContext c) {
        Span span = atoms.span(c);
        List<ScenarioEntry.OptionRef> refs = new ArrayList<>();
        for (OptionRefContext ref : c.optionRef()) {
            refs.add(optionRef(ref));
        }
        return new ScenarioEntry.Exercise(refs, span);
    }

    @Override
    public ScenarioEntry visitWithoutTentativeEntry(WithoutTentativeEntryContext c) {
        return new ScenarioEntry.WithoutTentative(atoms.span(c));
    }

    @Override
    public ScenarioEntry visitAddEntry(AddEntryContext c) {
        Span span = atoms.span(c);
        return new ScenarioEntry.Add(items.visit(c.item()), span);
    }

    @Override
    public ScenarioEntry visitDropEntry(DropEntryContext c) {
        Span span = atoms.span(c);
        return new ScenarioEntry.Drop(ItemKind.ofWord(c.what.getText()).orElseThrow(), atoms.name(c.name()), span);
    }

    @Override
    public ScenarioEntry visitReplaceEntry(ReplaceEntryContext c) {
        Span span = atoms.span(c);
        return new ScenarioEntry.Replace(items.visit(c.item()), span);
    }

    private ScenarioEntry.OptionRef optionRef(OptionRefContext ref) {
        return new ScenarioEntry.OptionRef(atoms.name(ref.location), ref.option == null ? null : optionName(ref.option),
                atoms.span(ref));
    }

    /** An option's name; the bare keywords {@code extend} and {@code expand} count as names (an unnamed option is called after its form). */
    private Name optionName(OptionNameContext ctx) {
        return ctx.name() != null ? atoms.name(ctx.name()) : new Name(ctx.getText(), false, atoms.span(ctx));
    }
}

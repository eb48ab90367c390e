package dev.caplan.parse;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.QuotaEntry;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.parse.antlr.CaplanParser.*;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Builds quotas, actuals, keys, checks and reported figures: the items that compare plans with targets. */
final class QuotaBuilder {
    private final AstBuilder atoms;

    QuotaBuilder(AstBuilder atoms) {
        this.atoms = atoms;
    }

    Item item(ItemContext ctx, Span span) {
        if (ctx instanceof QuotaItemContext c) {
            Name per = c.per == null ? null : new Name(c.per.getText(), false, atoms.span(c.per));
            return new Item.Quota(atoms.name(c.name(0)), title(c.title), c.FLOW() != null, per,
                    c.key == null ? null : atoms.name(c.key), entries(c.quotaEntry()), span);
        }
        if (ctx instanceof ActualItemContext c) {
            return new Item.Actual(atoms.name(c.name()), entries(c.quotaEntry()), span);
        }
        if (ctx instanceof KeyItemContext c) {
            List<Item.KeyEntry> entries = new ArrayList<>();
            for (KeyEntryContext entry : c.keyEntry()) {
                entries.add(new Item.KeyEntry(atoms.name(entry.area), atoms.signedQuantity(entry.signedQuantity()), atoms.span(entry)));
            }
            Name form = new Name(c.form.getText(), false, atoms.span(c.form));
            return new Item.Key(atoms.name(c.name()), form, title(c.title), entries, span);
        }
        if (ctx instanceof CheckItemContext c) {
            List<PeriodLit> on = new ArrayList<>();
            c.when.forEach(period -> on.add(atoms.period(period)));
            List<ColumnSpec> over = new ArrayList<>();
            c.over.forEach(spec -> over.add(atoms.columnSpec(spec)));
            return new Item.Check(atoms.expr(c.expr()), on, over, title(c.label), span);
        }
        if (ctx instanceof ReportedItemContext c) {
            return new Item.Reported(atoms.signedQuantity(c.signedQuantity()), atoms.expr(c.expr()),
                    c.tolerance == null ? null : atoms.quantity(c.tolerance), title(c.label), span);
        }
        if (ctx instanceof ScenarioItemContext c) {
            List<ScenarioEntry> entries = new ArrayList<>();
            c.scenarioEntry().forEach(entry -> entries.add(scenarioEntry(entry)));
            return new Item.Scenario(atoms.name(c.name(0)), c.parent == null ? null : atoms.name(c.parent),
                    title(c.title), entries, span);
        }
        throw new IllegalStateException("unhandled item " + ctx.getClass().getSimpleName());
    }

    private ScenarioEntry scenarioEntry(ScenarioEntryContext ctx) {
        Span span = atoms.span(ctx);
        if (ctx instanceof ExerciseAllEntryContext) {
            return new ScenarioEntry.ExerciseAll(span);
        }
        if (ctx instanceof ExerciseEntryContext c) {
            List<ScenarioEntry.OptionRef> refs = new ArrayList<>();
            for (OptionRefContext ref : c.optionRef()) {
                refs.add(new ScenarioEntry.OptionRef(atoms.name(ref.location),
                        ref.option == null ? null : optionName(ref.option), atoms.span(ref)));
            }
            return new ScenarioEntry.Exercise(refs, span);
        }
        if (ctx instanceof WithoutTentativeEntryContext) {
            return new ScenarioEntry.WithoutTentative(span);
        }
        if (ctx instanceof AddEntryContext c) {
            return new ScenarioEntry.Add(atoms.itemOf(c.item()), span);
        }
        if (ctx instanceof DropEntryContext c) {
            return new ScenarioEntry.Drop(dev.caplan.ast.ItemKind.ofWord(c.what.getText()).orElseThrow(), atoms.name(c.name()), span);
        }
        if (ctx instanceof ReplaceEntryContext c) {
            return new ScenarioEntry.Replace(atoms.itemOf(c.item()), span);
        }
        throw new IllegalStateException("unhandled scenario entry " + ctx.getClass().getSimpleName());
    }

    private Name optionName(OptionNameContext ctx) {
        return ctx.name() != null ? atoms.name(ctx.name()) : new Name(ctx.getText(), false, atoms.span(ctx));
    }

    private List<QuotaEntry> entries(List<QuotaEntryContext> contexts) {
        List<QuotaEntry> entries = new ArrayList<>();
        for (QuotaEntryContext ctx : contexts) {
            entries.add(entry(ctx));
        }
        return entries;
    }

    private QuotaEntry entry(QuotaEntryContext ctx) {
        Span span = atoms.span(ctx);
        if (ctx instanceof LevelEntryContext c) {
            return new QuotaEntry.Level(atoms.name(c.area), atoms.signedQuantity(c.signedQuantity()),
                    atoms.period(c.from), atoms.period(c.until), span);
        }
        if (ctx instanceof FlowEntryContext c) {
            return new QuotaEntry.Flow(atoms.name(c.area), atoms.signedQuantity(c.signedQuantity()),
                    atoms.period(c.during), span);
        }
        if (ctx instanceof BacklogEntryContext c) {
            return new QuotaEntry.Backlog(atoms.name(c.area), atoms.signedQuantity(c.signedQuantity()),
                    atoms.period(c.during), span);
        }
        if (ctx instanceof CarryEntryContext c) {
            return new QuotaEntry.Carry(new Name(c.policy.getText(), false, atoms.span(c.policy)), span);
        }
        throw new IllegalStateException("unhandled quota entry " + ctx.getClass().getSimpleName());
    }

    private static String title(org.antlr.v4.runtime.Token token) {
        return token == null ? null : AstBuilder.unquote(token.getText());
    }
}

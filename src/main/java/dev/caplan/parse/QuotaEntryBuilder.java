package dev.caplan.parse;

import dev.caplan.ast.QuotaEntry;
import dev.caplan.parse.antlr.CaplanParser.BacklogEntryContext;
import dev.caplan.parse.antlr.CaplanParser.CarryEntryContext;
import dev.caplan.parse.antlr.CaplanParser.FlowEntryContext;
import dev.caplan.parse.antlr.CaplanParser.LevelEntryContext;
import dev.caplan.source.Span;

/**
 * Builds the entries of a quota or actual block (a level, a flow, a backlog, the carry policy):
 * one method per labelled alternative.
 */
final class QuotaEntryBuilder extends Builder<QuotaEntry> {

    QuotaEntryBuilder(Atoms atoms) {
        super(atoms);
    }

    @Override
    public QuotaEntry visitLevelEntry(LevelEntryContext c) {
        Span span = atoms.span(c);
        return new QuotaEntry.Level(atoms.name(c.area), atoms.signedQuantity(c.signedQuantity()),
                atoms.period(c.from), atoms.period(c.until), span);
    }

    @Override
    public QuotaEntry visitFlowEntry(FlowEntryContext c) {
        Span span = atoms.span(c);
        return new QuotaEntry.Flow(atoms.name(c.area), atoms.signedQuantity(c.signedQuantity()),
                atoms.period(c.during), span);
    }

    @Override
    public QuotaEntry visitBacklogEntry(BacklogEntryContext c) {
        Span span = atoms.span(c);
        return new QuotaEntry.Backlog(atoms.name(c.area), atoms.signedQuantity(c.signedQuantity()),
                atoms.period(c.during), span);
    }

    @Override
    public QuotaEntry visitCarryEntry(CarryEntryContext c) {
        Span span = atoms.span(c);
        return new QuotaEntry.Carry(atoms.word(c.policy), span);
    }
}

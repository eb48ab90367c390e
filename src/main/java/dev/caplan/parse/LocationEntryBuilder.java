package dev.caplan.parse;

import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.Quantity;
import dev.caplan.parse.antlr.CaplanParser.CapacityDuringEntryContext;
import dev.caplan.parse.antlr.CaplanParser.CapacityEntryContext;
import dev.caplan.parse.antlr.CaplanParser.ExpandOptionEntryContext;
import dev.caplan.parse.antlr.CaplanParser.ExtendOptionEntryContext;
import dev.caplan.parse.antlr.CaplanParser.GroupEntryContext;
import dev.caplan.parse.antlr.CaplanParser.LineKindContext;
import dev.caplan.parse.antlr.CaplanParser.NameContext;
import dev.caplan.parse.antlr.CaplanParser.NoteEntryContext;
import dev.caplan.parse.antlr.CaplanParser.PlacesContext;
import dev.caplan.source.Span;

/**
 * Builds the entries of a location block (capacity, places for a group, notes, options): one
 * method per labelled alternative; the REPL uses it for a one-line segment too.
 */
final class LocationEntryBuilder extends Builder<LocationEntry> {

    LocationEntryBuilder(Atoms atoms) {
        super(atoms);
    }

    @Override
    public LocationEntry visitCapacityEntry(CapacityEntryContext c) {
        Span span = atoms.span(c);
        return new LocationEntry.Capacity(places(c.places()), atoms.period(c.from), atoms.period(c.until), null,
                lineKind(c.lineKind()), span);
    }

    @Override
    public LocationEntry visitCapacityDuringEntry(CapacityDuringEntryContext c) {
        Span span = atoms.span(c);
        return new LocationEntry.Capacity(places(c.places()), null, null, atoms.period(c.during),
                lineKind(c.lineKind()), span);
    }

    /** The kind a capacity line names for itself, or null: the location's. */
    private Name lineKind(LineKindContext c) {
        return c == null ? null : atoms.name(c.kind);
    }

    /** A number of places, or null for {@code ?}: not known. */
    private Quantity places(PlacesContext c) {
        return c.quantity() == null ? null : atoms.quantity(c.quantity());
    }

    @Override
    public LocationEntry visitGroupEntry(GroupEntryContext c) {
        Span span = atoms.span(c);
        return new LocationEntry.GroupPlaces(atoms.name(c.name()), atoms.quantity(c.quantity()), span);
    }

    @Override
    public LocationEntry visitNoteEntry(NoteEntryContext c) {
        Span span = atoms.span(c);
        return new LocationEntry.Note(Atoms.unquote(c.STRING().getText()), span);
    }

    @Override
    public LocationEntry visitExtendOptionEntry(ExtendOptionEntryContext c) {
        Span span = atoms.span(c);
        return new LocationEntry.Option(optionalName(c.name()), true, null, null, atoms.period(c.until), span);
    }

    @Override
    public LocationEntry visitExpandOptionEntry(ExpandOptionEntryContext c) {
        Span span = atoms.span(c);
        return new LocationEntry.Option(optionalName(c.name()), false, atoms.quantity(c.quantity()),
                atoms.period(c.from), atoms.period(c.until), span);
    }

    private Name optionalName(NameContext c) {
        return c == null ? null : atoms.name(c);
    }
}

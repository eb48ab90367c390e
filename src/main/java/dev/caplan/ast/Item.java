package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A top-level declaration of a model file. Order in the file carries no meaning. Each record says
 * its {@link ItemKind} and how it is identified; code that treats kinds differently implements
 * {@link Visitor} (or switches over {@link ItemKind}), so adding a kind breaks it until it is handled.
 */
public sealed interface Item {

    Span span();

    /** What sort of declaration this is, as a modeller names it. */
    ItemKind itemKind();

    /**
     * The name that identifies this declaration among those of its kind: what a scenario replaces
     * or drops and a REPL tweak edits. A check or reported figure is identified by its label;
     * imports, areas, kinds and unlabelled checks have none.
     */
    Optional<Name> identifier();

    <R> R accept(Visitor<R> visitor);

    /** A declaration that always has a name: locations, tables, definitions, reports, quotas, actuals, keys, scenarios. */
    sealed interface Named extends Item permits Location, Table, Let, Report, Quota, Actual, Key, Scenario {
        Name name();

        @Override
        default Optional<Name> identifier() {
            return Optional.of(name());
        }
    }

    /** A declaration identified by nothing: it can be added or removed, not replaced by name. */
    sealed interface Unnamed extends Item permits Import, Areas, Kinds {
        @Override
        default Optional<Name> identifier() {
            return Optional.empty();
        }
    }

    /** One method per kind of item; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitImport(Import item);

        R visitAreas(Areas item);

        R visitKinds(Kinds item);

        R visitLocation(Location item);

        R visitTable(Table item);

        R visitLet(Let item);

        R visitReport(Report item);

        R visitQuota(Quota item);

        R visitActual(Actual item);

        R visitKey(Key item);

        R visitCheck(Check item);

        R visitReported(Reported item);

        R visitScenario(Scenario item);
    }

    /** {@code import "other.caplan"}, relative to the importing file. */
    record Import(String path, Span pathSpan, Span span) implements Unnamed {
        @Override
        public ItemKind itemKind() {
            return ItemKind.IMPORT;
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitImport(this);
        }
    }

    /** {@code municipality Deventer, Zwolle in IJsselland}; parent is null at the top. */
    record Areas(AreaLevel level, List<Name> names, Name parent, Span span) implements Unnamed {
        @Override
        public ItemKind itemKind() {
            return ItemKind.AREAS;
        }

        public Areas {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitAreas(this);
        }
    }

    /** A named category with an optional description: a location kind or a target group. */
    record Definition(Name name, String description, Span span) {
    }

    /** {@code kind AZC "asylum seekers' centre", NO} or, for target groups, {@code group IBO}. */
    record Kinds(boolean targetGroups, List<Definition> definitions, Span span) implements Unnamed {
        @Override
        public ItemKind itemKind() {
            return targetGroups ? ItemKind.TARGET_GROUPS : ItemKind.KINDS;
        }

        public Kinds {
            definitions = List.copyOf(definitions);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitKinds(this);
        }
    }

    /** {@code location "ROL Zwolle" in Zwolle kind ROL { ... }}. */
    record Location(Name name, Name area, Name kind, List<LocationEntry> entries, Span span) implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.LOCATION;
        }

        /** The contract options among the entries, in order. */
        public List<LocationEntry.Option> options() {
            return entriesOf(LocationEntry.Option.class);
        }

        /** The entries of one sort ({@code LocationEntry.Capacity.class}, ...), in order. */
        public <T extends LocationEntry> List<T> entriesOf(Class<T> sort) {
            return entries.stream().filter(sort::isInstance).map(sort::cast).toList();
        }

        public Location {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitLocation(this);
        }
    }

    /** A grid: one row per location, one column per period; a value holds until the next column. */
    record Table(Name name, Name kind, PeriodLit until, List<PeriodLit> columns, List<TableRow> rows, Span span)
            implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.TABLE;
        }

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitTable(this);
        }
    }

    /** One grid row: a location (in {@code area}, or in the municipality it is named after). */
    record TableRow(Name name, Name area, List<Cell> cells, Span span) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One grid cell: a number, {@code -} (no places: {@code value} null) or {@code ?} (not known:
     * {@code value} null and {@code unknown}).
     */
    record Cell(Quantity value, boolean unknown, Span span) {
    }

    /** {@code let name = expr}. */
    record Let(Name name, Expr expr, Span span) implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.LET;
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitLet(this);
        }
    }

    /** {@code report name "title" { rows ...; columns ...; total }}; title may be null. */
    record Report(Name name, String title, List<ReportEntry> entries, Span span) implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.REPORT;
        }

        public Report {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitReport(this);
        }
    }

    /**
     * {@code quota status_holders "title" flow per half-year by population { ... }}: places or
     * persons required per area. {@code per} is set for flows, {@code key} when areas without
     * entries of their own get a share of their parent's quota.
     */
    record Quota(Name name, String title, boolean flow, Name per, Name key, List<QuotaEntry> entries, Span span)
            implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.QUOTA;
        }

        public Quota {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitQuota(this);
        }
    }

    /** {@code actual status_holders { IJsselland 520 in 2022-H2 }}: what was realised against a quota. */
    record Actual(Name name, List<QuotaEntry> entries, Span span) implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.ACTUAL;
        }

        public Actual {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitActual(this);
        }
    }

    /** {@code key population shares { IJsselland 45.9% }}: how a parent's quota is divided over children. */
    record Key(Name name, Name form, String title, List<KeyEntry> entries, Span span) implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.KEY;
        }

        public Key {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitKey(this);
        }
    }

    /** One child area's share (or weight) in a key. */
    record KeyEntry(Name area, Quantity value, Span span) {
    }

    /**
     * {@code check azc >= azc_places[IJsselland] on 2023-04-01, 2024-01-01}: a condition that must
     * hold on the given days, over the given periods, or (with neither) on every day. A day on which
     * it is unknown fails it, unless it says {@code if known} ({@code ifKnown}): then only the days
     * with known values are judged.
     */
    record Check(Expr condition, List<PeriodLit> on, List<ColumnSpec> over, boolean ifKnown, String label, Span span)
            implements Item {
        @Override
        public ItemKind itemKind() {
            return ItemKind.CHECK;
        }

        @Override
        public Optional<Name> identifier() {
            return Optional.ofNullable(label).map(text -> new Name(text, true, span));
        }

        public Check {
            on = List.copyOf(on);
            over = List.copyOf(over);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCheck(this);
        }
    }

    /** {@code reported 1665 = azc at 2023-01-01 [tolerance 1]}: a figure printed in a memo and what should produce it. */
    record Reported(Quantity figure, Expr expr, Quantity tolerance, String label, Span span) implements Item {
        @Override
        public ItemKind itemKind() {
            return ItemKind.REPORTED;
        }

        @Override
        public Optional<Name> identifier() {
            return Optional.ofNullable(label).map(text -> new Name(text, true, span));
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitReported(this);
        }
    }

    /** {@code scenario optimistic extends expected "title" { ... }}: a named set of changes to the model. */
    record Scenario(Name name, Name parent, String title, List<ScenarioEntry> entries, Span span) implements Named {
        @Override
        public ItemKind itemKind() {
            return ItemKind.SCENARIO;
        }

        public Scenario {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitScenario(this);
        }
    }
}

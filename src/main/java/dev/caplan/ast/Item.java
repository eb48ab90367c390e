package dev.caplan.ast;

import dev.caplan.source.Span;
import java.util.List;

/** A top-level declaration of a model file. Order in the file carries no meaning. */
public sealed interface Item {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of item; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R visitImport(Import item);

        R visitAreas(Areas item);

        R visitKinds(Kinds item);

        R visitLocation(Location item);

        R visitTable(Table item);

        R visitLet(Let item);

        R visitReport(Report item);
    }

    /** {@code import "other.caplan"}, relative to the importing file. */
    record Import(String path, Span pathSpan, Span span) implements Item {
        public <R> R accept(Visitor<R> v) {
            return v.visitImport(this);
        }
    }

    /** {@code municipality Deventer, Zwolle in IJsselland}; parent is null at the top. */
    record Areas(AreaLevel level, List<Name> names, Name parent, Span span) implements Item {
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
    record Kinds(boolean targetGroups, List<Definition> definitions, Span span) implements Item {
        public Kinds {
            definitions = List.copyOf(definitions);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitKinds(this);
        }
    }

    /** {@code location "ROL Zwolle" in Zwolle kind ROL { ... }}. */
    record Location(Name name, Name area, Name kind, List<LocationEntry> entries, Span span) implements Item {
        public Location {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitLocation(this);
        }
    }

    /** A grid: one row per location, one column per period; a value holds until the next column. */
    record Table(Name name, Name kind, PeriodLit until, List<PeriodLit> columns, List<TableRow> rows, Span span)
            implements Item {
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

    /** One grid cell; {@code value} is null for {@code -} (no places). */
    record Cell(Quantity value, Span span) {
    }

    /** {@code let name = expr}. */
    record Let(Name name, Expr expr, Span span) implements Item {
        public <R> R accept(Visitor<R> v) {
            return v.visitLet(this);
        }
    }

    /** {@code report name "title" { rows ...; columns ...; total }}; title may be null. */
    record Report(Name name, String title, List<ReportEntry> entries, Span span) implements Item {
        public Report {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitReport(this);
        }
    }
}

package dev.caplan.parse;

import dev.caplan.ast.AreaLevel;
import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Item;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.QuotaEntry;
import dev.caplan.ast.ReportEntry;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.parse.antlr.CaplanParser.ActualItemContext;
import dev.caplan.parse.antlr.CaplanParser.AreaItemContext;
import dev.caplan.parse.antlr.CaplanParser.CellContext;
import dev.caplan.parse.antlr.CaplanParser.CheckItemContext;
import dev.caplan.parse.antlr.CaplanParser.GroupItemContext;
import dev.caplan.parse.antlr.CaplanParser.ImportItemContext;
import dev.caplan.parse.antlr.CaplanParser.KeyEntryContext;
import dev.caplan.parse.antlr.CaplanParser.KeyItemContext;
import dev.caplan.parse.antlr.CaplanParser.KindDefContext;
import dev.caplan.parse.antlr.CaplanParser.KindItemContext;
import dev.caplan.parse.antlr.CaplanParser.LetItemContext;
import dev.caplan.parse.antlr.CaplanParser.LocationItemContext;
import dev.caplan.parse.antlr.CaplanParser.PeriodContext;
import dev.caplan.parse.antlr.CaplanParser.QuotaItemContext;
import dev.caplan.parse.antlr.CaplanParser.ReportItemContext;
import dev.caplan.parse.antlr.CaplanParser.ReportedItemContext;
import dev.caplan.parse.antlr.CaplanParser.ScenarioItemContext;
import dev.caplan.parse.antlr.CaplanParser.TableItemContext;
import dev.caplan.parse.antlr.CaplanParser.TableRowContext;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the declarations of a file, one method per labelled alternative of the {@code item}
 * rule. The entries inside a block (of a location, a report, a quota, a scenario) have a builder
 * each, so that every builder stays one family of alternatives.
 */
final class ItemBuilder extends Builder<Item> {
    private final ExprBuilder exprs;
    private final LocationEntryBuilder locationEntries;
    private final ReportEntryBuilder reportEntries;
    private final QuotaEntryBuilder quotaEntries;
    private final ScenarioBuilder scenarioEntries;

    ItemBuilder(Atoms atoms, ExprBuilder exprs) {
        super(atoms);
        this.exprs = exprs;
        this.locationEntries = new LocationEntryBuilder(atoms);
        this.reportEntries = new ReportEntryBuilder(atoms, exprs);
        this.quotaEntries = new QuotaEntryBuilder(atoms);
        this.scenarioEntries = new ScenarioBuilder(atoms, this);
    }

    @Override
    public Item visitImportItem(ImportItemContext c) {
        Span span = atoms.span(c);
        return new Item.Import(Atoms.unquote(c.path.getText()), atoms.span(c.path), span);
    }

    @Override
    public Item visitAreaItem(AreaItemContext c) {
        Span span = atoms.span(c);
        AreaLevel level = AreaLevel.valueOf(c.level.getText().toUpperCase(Locale.ROOT));
        return new Item.Areas(level, atoms.names(c.names), c.parent == null ? null : atoms.name(c.parent), span);
    }

    @Override
    public Item visitKindItem(KindItemContext c) {
        Span span = atoms.span(c);
        return new Item.Kinds(false, definitions(c.kindDef()), span);
    }

    @Override
    public Item visitGroupItem(GroupItemContext c) {
        Span span = atoms.span(c);
        return new Item.Kinds(true, definitions(c.kindDef()), span);
    }

    @Override
    public Item visitLocationItem(LocationItemContext c) {
        Span span = atoms.span(c);
        List<LocationEntry> entries = locationEntries.visitAll(c.locationEntry());
        return new Item.Location(atoms.name(c.name(0)), atoms.name(c.area), atoms.name(c.kind), entries, span);
    }

    @Override
    public Item visitTableItem(TableItemContext c) {
        Span span = atoms.span(c);
        List<PeriodLit> columns = new ArrayList<>();
        for (PeriodContext column : c.header) {
            columns.add(atoms.period(column));
        }
        List<Item.TableRow> rows = new ArrayList<>();
        for (TableRowContext row : c.tableRow()) {
            rows.add(tableRow(row));
        }
        return new Item.Table(atoms.name(c.name(0)), atoms.name(c.kind), atoms.period(c.until), columns, rows, span);
    }

    @Override
    public Item visitLetItem(LetItemContext c) {
        Span span = atoms.span(c);
        return new Item.Let(atoms.name(c.name()), exprs.visit(c.expr()), span);
    }

    @Override
    public Item visitReportItem(ReportItemContext c) {
        Span span = atoms.span(c);
        List<ReportEntry> entries = reportEntries.visitAll(c.reportEntry());
        return new Item.Report(atoms.name(c.name()), Atoms.unquoteOrNull(c.title), entries, span);
    }

    @Override
    public Item visitQuotaItem(QuotaItemContext c) {
        Span span = atoms.span(c);
        Name per = c.per == null ? null : atoms.word(c.per);
        List<QuotaEntry> entries = quotaEntries.visitAll(c.quotaEntry());
        return new Item.Quota(atoms.name(c.name(0)), Atoms.unquoteOrNull(c.title), c.FLOW() != null, per,
                c.key == null ? null : atoms.name(c.key), entries, span);
    }

    @Override
    public Item visitActualItem(ActualItemContext c) {
        Span span = atoms.span(c);
        return new Item.Actual(atoms.name(c.name()), quotaEntries.visitAll(c.quotaEntry()), span);
    }

    @Override
    public Item visitKeyItem(KeyItemContext c) {
        Span span = atoms.span(c);
        List<Item.KeyEntry> entries = new ArrayList<>();
        for (KeyEntryContext entry : c.keyEntry()) {
            entries.add(new Item.KeyEntry(atoms.name(entry.area), atoms.signedQuantity(entry.signedQuantity()),
                    atoms.span(entry)));
        }
        return new Item.Key(atoms.name(c.name()), atoms.word(c.form), Atoms.unquoteOrNull(c.title), entries, span);
    }

    @Override
    public Item visitCheckItem(CheckItemContext c) {
        Span span = atoms.span(c);
        List<PeriodLit> on = new ArrayList<>();
        c.when.forEach(period -> on.add(atoms.period(period)));
        List<ColumnSpec> over = atoms.columnSpecs(c.over);
        return new Item.Check(exprs.visit(c.expr()), on, over, c.KNOWN() != null, Atoms.unquoteOrNull(c.label), span);
    }

    @Override
    public Item visitReportedItem(ReportedItemContext c) {
        Span span = atoms.span(c);
        return new Item.Reported(atoms.signedQuantity(c.signedQuantity()), exprs.visit(c.expr()),
                c.tolerance == null ? null : atoms.quantity(c.tolerance), Atoms.unquoteOrNull(c.label), span);
    }

    @Override
    public Item visitScenarioItem(ScenarioItemContext c) {
        Span span = atoms.span(c);
        List<ScenarioEntry> entries = scenarioEntries.visitAll(c.scenarioEntry());
        return new Item.Scenario(atoms.name(c.name(0)), c.parent == null ? null : atoms.name(c.parent),
                Atoms.unquoteOrNull(c.title), entries, span);
    }

    private List<Item.Definition> definitions(List<KindDefContext> defs) {
        List<Item.Definition> result = new ArrayList<>();
        for (KindDefContext def : defs) {
            result.add(new Item.Definition(atoms.name(def.name()), Atoms.unquoteOrNull(def.description),
                    atoms.span(def)));
        }
        return result;
    }

    private Item.TableRow tableRow(TableRowContext row) {
        List<Item.Cell> cells = new ArrayList<>();
        for (CellContext cell : row.cell()) {
            cells.add(cell(cell));
        }
        return new Item.TableRow(atoms.name(row.name(0)), row.area == null ? null : atoms.name(row.area), cells,
                atoms.span(row));
    }

    /** A table cell: a quantity, {@code -} for no places or {@code ?} for not known. The REPL builds one on its own too. */
    Item.Cell cell(CellContext cell) {
        return new Item.Cell(cell.quantity() == null ? null : atoms.quantity(cell.quantity()), cell.unknown != null,
                atoms.span(cell));
    }
}

package dev.caplan.parse;

import dev.caplan.ast.AreaLevel;
import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.PeriodLit;
import dev.caplan.ast.Quantity;
import dev.caplan.ast.ReportEntry;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.parse.antlr.CaplanParser.*;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import dev.caplan.time.PeriodParser;
import dev.caplan.time.PeriodParse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Builds the immutable AST from ANTLR's parse tree: one small method per labelled alternative,
 * the span first. Reports what the grammar cannot see, namely periods that do not exist
 * ({@code 2023-02-30}), as diagnostics.
 */
final class AstBuilder {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final ExprBuilder exprs;

    AstBuilder(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.exprs = new ExprBuilder(this);
    }

    /** Builds one item; used for the items inside a scenario block too. */
    Item itemOf(ItemContext ctx) {
        return item(ctx);
    }

    List<Item> model(ModelContext ctx, boolean repaired) {
        List<Item> items = new ArrayList<>();
        for (ItemContext item : ctx.item()) {
            if (!repaired || !containsError(item)) {
                items.add(item(item));
            }
        }
        return items;
    }

    Expr expr(ExprContext ctx) {
        return exprs.build(ctx);
    }

    /** Whether ANTLR had to repair anything inside: such a subtree is not trusted to build an AST. */
    static boolean containsError(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext rule && (rule.exception != null || rule.getChildCount() == 0)) {
            return true; // no rule of an item matches nothing, so an empty one was conjured by recovery
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (containsError(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    private Item item(ItemContext ctx) {
        Span span = span(ctx);
        if (ctx instanceof ImportItemContext c) {
            return new Item.Import(unquote(c.path.getText()), span(c.path), span);
        }
        if (ctx instanceof AreaItemContext c) {
            AreaLevel level = AreaLevel.valueOf(c.level.getText().toUpperCase(java.util.Locale.ROOT));
            return new Item.Areas(level, names(c.names), c.parent == null ? null : name(c.parent), span);
        }
        if (ctx instanceof KindItemContext c) {
            return new Item.Kinds(false, definitions(c.kindDef()), span);
        }
        if (ctx instanceof GroupItemContext c) {
            return new Item.Kinds(true, definitions(c.kindDef()), span);
        }
        if (ctx instanceof LocationItemContext c) {
            return location(c, span);
        }
        if (ctx instanceof TableItemContext c) {
            return table(c, span);
        }
        if (ctx instanceof LetItemContext c) {
            return new Item.Let(name(c.name()), expr(c.expr()), span);
        }
        if (ctx instanceof ReportItemContext c) {
            return report(c, span);
        }
        return quotas.item(ctx, span);
    }

    /** Builds the quota-related items; split off to keep each builder small. */
    private final QuotaBuilder quotas = new QuotaBuilder(this);

    private List<Item.Definition> definitions(List<KindDefContext> defs) {
        List<Item.Definition> result = new ArrayList<>();
        for (KindDefContext def : defs) {
            String description = def.description == null ? null : unquote(def.description.getText());
            result.add(new Item.Definition(name(def.name()), description, span(def)));
        }
        return result;
    }

    private Item.Location location(LocationItemContext c, Span span) {
        List<LocationEntry> entries = new ArrayList<>();
        for (LocationEntryContext entry : c.locationEntry()) {
            entries.add(locationEntry(entry));
        }
        return new Item.Location(name(c.name(0)), name(c.area), name(c.kind), entries, span);
    }

    LocationEntry locationEntryOf(LocationEntryContext ctx) {
        return locationEntry(ctx);
    }

    private LocationEntry locationEntry(LocationEntryContext ctx) {
        Span span = span(ctx);
        if (ctx instanceof CapacityEntryContext c) {
            return new LocationEntry.Capacity(quantity(c.quantity()), period(c.from), period(c.until), null, span);
        }
        if (ctx instanceof CapacityDuringEntryContext c) {
            return new LocationEntry.Capacity(quantity(c.quantity()), null, null, period(c.during), span);
        }
        if (ctx instanceof GroupEntryContext c) {
            return new LocationEntry.GroupPlaces(name(c.name()), quantity(c.quantity()), span);
        }
        if (ctx instanceof NoteEntryContext c) {
            return new LocationEntry.Note(unquote(c.STRING().getText()), span);
        }
        if (ctx instanceof ExtendOptionEntryContext c) {
            return new LocationEntry.Option(c.name() == null ? null : name(c.name()), true, null, null,
                    period(c.until), span);
        }
        if (ctx instanceof ExpandOptionEntryContext c) {
            return new LocationEntry.Option(c.name() == null ? null : name(c.name()), false, quantity(c.quantity()),
                    period(c.from), period(c.until), span);
        }
        throw new IllegalStateException("unhandled location entry " + ctx.getClass().getSimpleName());
    }

    private Item.Table table(TableItemContext c, Span span) {
        List<PeriodLit> columns = new ArrayList<>();
        for (PeriodContext column : c.header) {
            columns.add(period(column));
        }
        List<Item.TableRow> rows = new ArrayList<>();
        for (TableRowContext row : c.tableRow()) {
            List<Item.Cell> cells = new ArrayList<>();
            for (CellContext cell : row.cell()) {
                cells.add(new Item.Cell(cell.quantity() == null ? null : quantity(cell.quantity()), span(cell)));
            }
            rows.add(new Item.TableRow(name(row.name(0)), row.area == null ? null : name(row.area), cells, span(row)));
        }
        return new Item.Table(name(c.name(0)), name(c.kind), period(c.until), columns, rows, span);
    }

    private Item.Report report(ReportItemContext c, Span span) {
        List<ReportEntry> entries = new ArrayList<>();
        for (ReportEntryContext entry : c.reportEntry()) {
            entries.add(reportEntry(entry));
        }
        String title = c.title == null ? null : unquote(c.title.getText());
        return new Item.Report(name(c.name()), title, entries, span);
    }

    private ReportEntry reportEntry(ReportEntryContext ctx) {
        Span span = span(ctx);
        if (ctx instanceof RowsEntryContext c) {
            return new ReportEntry.Rows(expr(c.expr()), c.label == null ? null : unquote(c.label.getText()), span);
        }
        if (ctx instanceof ColumnsEntryContext c) {
            List<ColumnSpec> specs = new ArrayList<>();
            for (ColumnSpecContext spec : c.columnSpec()) {
                specs.add(columnSpec(spec));
            }
            return new ReportEntry.Columns(specs, span);
        }
        if (ctx instanceof AggregateEntryContext c) {
            return new ReportEntry.Aggregate(name(c.aggregation), span);
        }
        if (ctx instanceof TotalEntryContext c) {
            return new ReportEntry.Total(c.label == null ? null : unquote(c.label.getText()), span);
        }
        throw new IllegalStateException("unhandled report entry " + ctx.getClass().getSimpleName());
    }

    ColumnSpec columnSpec(ColumnSpecContext c) {
        Name step = c.step == null ? null : new Name(c.step.getText(), false, span(c.step));
        return new ColumnSpec(period(c.first), c.last == null ? null : period(c.last), step, span(c));
    }

    // ------------------------------------------------------------------ atoms

    Quantity signedQuantity(SignedQuantityContext c) {
        Quantity quantity = quantity(c.quantity());
        if (c.MINUS() == null) {
            return quantity;
        }
        return quantity.negate(span(c));
    }

    Quantity quantity(QuantityContext c) {
        BigDecimal value = number(c.NUMBER(0).getText());
        if (c.percent != null) {
            value = value.movePointLeft(2);
        }
        boolean tentative = c.tentative != null;
        if (c.high != null) {
            BigDecimal high = number(c.high.getText());
            BigDecimal low = value.min(high);
            high = value.max(high);
            BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
            String written = c.NUMBER(0).getText() + ".." + c.high.getText();
            return new Quantity(middle, tentative, false, low, high, written, span(c));
        }
        if (c.spread != null) {
            BigDecimal spread = number(c.spread.getText());
            if (c.spreadPercent != null) {
                spread = value.multiply(spread.movePointLeft(2));
            }
            String written = c.NUMBER(0).getText() + (c.percent != null ? "%" : "") + " ± " + c.spread.getText()
                    + (c.spreadPercent != null ? "%" : "");
            return new Quantity(value, tentative, c.percent != null, value.subtract(spread.abs()),
                    value.add(spread.abs()), written, span(c));
        }
        return new Quantity(value, tentative, c.percent != null, span(c));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace("_", ""));
    }

    /** A period literal, validated; an impossible one is reported and kept with a null period. */
    PeriodLit period(PeriodContext c) {
        if (c == null) {
            return null;
        }
        String text = c.getText().replace("_", "");
        PeriodParse parse = PeriodParser.parse(text);
        if (!parse.isOk()) {
            diagnostics.error(Code.BAD_DATE, span(c), parse.error(),
                    "write a date as YYYY-MM-DD, or a period as 2023-01, 2023-Q1, 2023-H1 or 2023");
        }
        return new PeriodLit(text, parse.period(), span(c));
    }

    Name name(NameContext c) {
        if (c.STRING() != null) {
            return new Name(unquote(c.STRING().getText()), true, span(c));
        }
        return new Name(c.getText(), false, span(c));
    }

    private List<Name> names(List<NameContext> contexts) {
        List<Name> result = new ArrayList<>();
        for (NameContext context : contexts) {
            result.add(name(context));
        }
        return result;
    }

    static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) {
                ch = body.charAt(++i);
            }
            out.append(ch);
        }
        return out.toString();
    }

    Span span(ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        Token stop = ctx.getStop();
        int end = stop == null || stop.getStopIndex() < start ? start : stop.getStopIndex() + 1;
        return new Span(file, start, end);
    }

    /** The span of a single token. */
    Span span(Token token) {
        return new Span(file, token.getStartIndex(), token.getStopIndex() + 1);
    }
}

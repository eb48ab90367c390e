package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.check.Builtin;
import dev.caplan.check.Column;
import dev.caplan.check.ColumnResolver;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.Explanation.Step;
import dev.caplan.result.Explanation;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.series.Aggregation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains how the value of an expression on a day (or over a period) came about: every input by
 * name and value, down to the declarations and their place in the files. This is what an analyst
 * reads when a number surprises. A visitor of every kind of expression, so a new kind has to say
 * how it is explained.
 */
public final class Explainer implements Expr.Visitor<Explanation> {
    private static final int MAX_LOCATIONS = 25;

    private final Evaluator evaluator;
    private final Column column;

    public Explainer(Evaluator evaluator, Column column) {
        this.evaluator = evaluator;
        this.column = column;
    }

    /** The tree for an expression: its value, and below it how that value came about. */
    public Explanation explain(Expr expr) {
        return expr.accept(this);
    }

    private Explanation node(Expr expr, List<Explanation> inputs) {
        return new Explanation(head(expr), null, inputs);
    }

    /** "expression = value" for the column. */
    Step head(Expr expr) {
        String text = expr.span().text().replaceAll("\\s+", " ");
        Value value = evaluator.evaluate(expr);
        return value instanceof Single single ? new Explanation.Value(text, cell(single))
                : new Explanation.Grouped(text);
    }

    @Override
    public Explanation visitNumber(Expr.Number expr) {
        return node(expr, List.of());
    }

    @Override
    public Explanation visitReference(Expr.Reference expr) {
        Item.Let let = evaluator.model().lets().get(expr.name().text());
        return new Explanation(head(expr), let.span().location(), List.of(explain(let.expr())));
    }

    @Override
    public Explanation visitCapacity(Expr.Capacity expr) {
        return node(expr, locations(expr));
    }

    @Override
    public Explanation visitQuota(Expr.QuotaRef expr) {
        return new QuotaExplainer(evaluator, this, column).explain(expr, head(expr));
    }

    @Override
    public Explanation visitBinary(Expr.Binary expr) {
        return node(expr, List.of(explain(expr.left()), explain(expr.right())));
    }

    @Override
    public Explanation visitNegate(Expr.Negate expr) {
        return node(expr, List.of(explain(expr.operand())));
    }

    @Override
    public Explanation visitAt(Expr.At expr) {
        Column day = Column.ofDay(expr.when().period().start());
        return node(expr, List.of(new Explainer(evaluator, day).explain(expr.operand())));
    }

    @Override
    public Explanation visitGroupBy(Expr.GroupBy expr) {
        return node(expr, List.of());
    }

    @Override
    public Explanation visitCall(Expr.Call call) {
        if (Builtin.of(call.function().text(), call.over() != null).orElseThrow() == Builtin.ACTUAL) {
            Expr.QuotaRef quota = (Expr.QuotaRef) call.args().get(0); // the checker made sure
            return node(call, List.of(new QuotaExplainer(evaluator, this, column).actual(quota)));
        }
        List<Explanation> inputs = new ArrayList<>();
        call.args().forEach(arg -> inputs.add(explainArgument(call, arg)));
        return node(call, inputs);
    }

    /**
     * An aggregation's argument is explained over its own period (when that is one period), a
     * backlog function's quota with its ledger line for the period.
     */
    private Explanation explainArgument(Expr.Call call, Expr arg) {
        if (call.over() != null) {
            List<Column> over = ColumnResolver.expand(call.over(), new Diagnostics());
            return over.size() == 1 ? new Explainer(evaluator, over.get(0)).explain(arg)
                    : Explanation.leaf(new Explanation.Note(arg.span().text() + " over " + call.over().span().text()), null);
        }
        boolean readsLedgerRow = Builtin.of(call.function().text(), false).flatMap(Builtin::ledgerRow).isPresent();
        if (arg instanceof Expr.QuotaRef quota && readsLedgerRow && !column.isDay()) {
            return new Explanation(ledgerLine(quota), null, List.of(explain(arg)));
        }
        return explain(arg);
    }

    /** The ledger's line for the period asked about. */
    private Step ledgerLine(Expr.QuotaRef quota) {
        ResultTable ledger = LedgerTable.of(quota.span().text(), evaluator.ledger(quota));
        for (ResultRow row : ledger.rows()) {
            if (row.label().equals(column.label())) {
                return new Explanation.LedgerLine(row.label(), row.cells());
            }
        }
        return new Explanation.Note("ledger: nothing for " + column.label());
    }

    /** The locations that have places on the day, each with the line that gives them and that line's kind. */
    private List<Explanation> locations(Expr.Capacity capacity) {
        List<Explanation> lines = new ArrayList<>();
        int day = column.lastDay();
        int skipped = 0;
        for (Counted counted : evaluator.select(capacity)) {
            Location location = counted.location();
            for (Segment segment : counted.segments()) {
                if (segment.from() <= day && day < segment.until()) {
                    if (lines.size() < MAX_LOCATIONS) {
                        lines.add(Explanation.leaf(new Explanation.Places(location.name(),
                                location.area().name(), segment.kind().name(), segment.places(),
                                segment.low(), segment.high(), segment.tentative(), segment.span().text().strip()),
                                segment.span().location()));
                    } else {
                        skipped++;
                    }
                }
            }
        }
        if (skipped > 0) {
            lines.add(Explanation.leaf(new Explanation.MorePlaces(skipped), null));
        }
        if (lines.isEmpty()) {
            lines.add(Explanation.leaf(new Explanation.Note("no selected location has places on " + column.label()), null));
        }
        return lines;
    }

    /** A value for the column as a cell: the value on the day, or a level's end and a flow's amount over the period. */
    ResultCell cell(Single single) {
        return Cells.of(single, column, Aggregation.END);
    }

    /** The expected value for the column, or null when it is unknown. */
    BigDecimal expected(Single single) {
        return cell(single).value();
    }
}

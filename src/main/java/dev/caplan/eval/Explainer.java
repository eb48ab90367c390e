package dev.caplan.eval;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.check.Builtin;
import dev.caplan.check.Column;
import dev.caplan.check.Location;
import dev.caplan.check.Segment;
import dev.caplan.eval.Value.Single;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains how the value of an expression on a day (or over a period) came about: every input by
 * name and value, down to the declarations and their place in the files. This is what an analyst
 * reads when a number surprises.
 */
public final class Explainer {
    private static final int MAX_LOCATIONS = 25;

    private final Evaluator evaluator;
    private final Column column;

    public Explainer(Evaluator evaluator, Column column) {
        this.evaluator = evaluator;
        this.column = column;
    }

    public Explanation explain(Expr expr) {
        String head = expr.span().text().replaceAll("\\s+", " ") + " = " + value(expr);
        if (expr instanceof Expr.Number) {
            return Explanation.leaf(head, null);
        }
        if (expr instanceof Expr.Reference ref) {
            Item.Let let = evaluator.model().lets().get(ref.name().text());
            return new Explanation(head, let.span().location(), List.of(explain(let.expr())));
        }
        if (expr instanceof Expr.Capacity capacity) {
            return new Explanation(head, null, locations(capacity));
        }
        if (expr instanceof Expr.QuotaRef quota) {
            return new QuotaExplainer(evaluator, this, column).explain(quota, head);
        }
        if (expr instanceof Expr.Binary binary) {
            return new Explanation(head, null, List.of(explain(binary.left()), explain(binary.right())));
        }
        if (expr instanceof Expr.Negate negate) {
            return new Explanation(head, null, List.of(explain(negate.operand())));
        }
        if (expr instanceof Expr.At at) {
            Column day = Column.ofDay(at.when().period().start());
            return new Explanation(head, null, List.of(new Explainer(evaluator, day).explain(at.operand())));
        }
        if (expr instanceof Expr.Call call) {
            List<Explanation> inputs = new ArrayList<>();
            call.args().forEach(arg -> inputs.add(explainArgument(call, arg)));
            return new Explanation(head, null, inputs);
        }
        return Explanation.leaf(head, null);
    }

    /**
     * An aggregation's argument is explained over its own period (when that is one period), a
     * backlog function's quota with its ledger line for the period.
     */
    private Explanation explainArgument(Expr.Call call, Expr arg) {
        if (call.over() != null) {
            List<Column> over = dev.caplan.check.ColumnResolver.expand(call.over(), new dev.caplan.diag.Diagnostics());
            return over.size() == 1 ? new Explainer(evaluator, over.get(0)).explain(arg)
                    : Explanation.leaf(arg.span().text() + " over " + call.over().span().text(), null);
        }
        boolean readsLedgerRow = Builtin.of(call.function().text(), false).flatMap(Builtin::ledgerRow).isPresent();
        if (arg instanceof Expr.QuotaRef quota && readsLedgerRow && !column.isDay()) {
            return new Explanation(ledgerLine(quota), null, List.of(explain(arg)));
        }
        return explain(arg);
    }

    /** The ledger sentence of the period asked about. */
    private String ledgerLine(Expr.QuotaRef quota) {
        ResultTable ledger = LedgerTable.of(quota.span().text(), evaluator.ledger(quota));
        for (String line : LedgerTable.sentences(ledger).split("\n")) {
            if (line.startsWith(column.label() + ":")) {
                return "ledger " + line;
            }
        }
        return "ledger: nothing for " + column.label();
    }

    /** A parent quota, explained under the name the reader knows: quota[parent]. */
    Explanation explainQuotaParent(Expr.QuotaRef parent, String parentName) {
        String head = parent.quota().text() + "[" + parentName + "] = " + value(parent);
        return new QuotaExplainer(evaluator, this, column).explain(parent, head);
    }

    /** The locations that have places on the day, each with the line that gives them. */
    private List<Explanation> locations(Expr.Capacity capacity) {
        List<Explanation> lines = new ArrayList<>();
        int day = column.isDay() ? column.day() : column.period().end() - 1;
        int skipped = 0;
        for (Location location : evaluator.select(capacity)) {
            for (Segment segment : location.segments()) {
                if (segment.from() <= day && day < segment.until()) {
                    if (lines.size() < MAX_LOCATIONS) {
                        lines.add(Explanation.leaf(location.name() + " (" + location.municipality().name() + ", "
                                + location.kind().name() + ") = " + segment.places().toPlainString()
                                + (segment.low() == null ? "" : " (" + plain(segment.low()) + "–" + plain(segment.high()) + ")")
                                + (segment.tentative() ? "? (tentative)" : "") + ": " + segment.span().text().strip(),
                                segment.span().location()));
                    } else {
                        skipped++;
                    }
                }
            }
        }
        if (skipped > 0) {
            lines.add(Explanation.leaf("... and " + skipped + " more locations", null));
        }
        if (lines.isEmpty()) {
            lines.add(Explanation.leaf("no selected location has places on " + column.label(), null));
        }
        return lines;
    }

    /** The value of an expression for the column, with its firm value when that differs. */
    String value(Expr expr) {
        Value value = evaluator.evaluate(expr);
        if (!(value instanceof Single single)) {
            return "(a value per group)";
        }
        return text(single);
    }

    String text(Single single) {
        int start = column.isDay() ? column.day() : column.period().start();
        if (!single.isKnownAt(start)) {
            return "unknown";
        }
        BigDecimal expected = cell(single, single.expected());
        BigDecimal firm = cell(single, single.firm());
        String shown = plain(expected);
        if (single.hasBounds()) {
            BigDecimal low = cell(single, single.low());
            BigDecimal high = cell(single, single.high());
            if (low.compareTo(expected) != 0 || high.compareTo(expected) != 0) {
                String separator = low.signum() < 0 || high.signum() < 0 ? " to " : "–";
                shown += " (" + plain(low) + separator + plain(high) + ")";
            }
        }
        return expected.compareTo(firm) == 0 ? shown : shown + "? (firm: " + plain(firm) + ")";
    }

    /** The expected value for the column. */
    BigDecimal expected(Single single) {
        return cell(single, single.expected());
    }

    private BigDecimal cell(Single value, StepSeries series) {
        if (column.isDay()) {
            return series.valueAt(column.day());
        }
        if (value.isFlow()) {
            return Flows.sum(series, value.per(), column.period().start(), column.period().end());
        }
        return series.aggregate(Aggregation.END, column.period().start(), column.period().end());
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

package dev.caplan.output;

import dev.caplan.check.LedgerRow;
import dev.caplan.diag.Visible;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.result.ValueChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Values in running text, where there is no footnote to explain a mark: a tentative value carries
 * its firm value ({@code 1965? (firm: 1685)}), an uncertain one its bounds ({@code 2185 (2085–2285)}),
 * an unknown one reads {@code -}. Explanations, ledgers, check messages and the REPL's changes all
 * write values through here, so they agree with each other and with the tables. The sentences
 * that hold names show their invisible characters escaped ({@link Visible}).
 */
public final class Prose {

    private Prose() {
    }

    /** A value with its marks: {@code 1965? (firm: 1685)}, {@code 2185 (2085–2285)}, {@code -}. */
    public static String amount(ResultCell cell) {
        return amount(cell, Wording.ENGLISH);
    }

    /** The same in {@code wording}: {@code 1.965? (vast: 1.685)} in Dutch. */
    static String amount(ResultCell cell, Wording wording) {
        if (!cell.isKnown()) {
            return Numbers.UNKNOWN;
        }
        String shown = HumanText.cell(cell, NumberFormat.PLAIN, wording);
        return cell.tentative() ? shown + (wording.dutch() ? " (vast: " : " (firm: ")
                + wording.number(cell.firm(), NumberFormat.PLAIN) + ")" : shown;
    }

    /** A plain number as people read it (rounded to a few decimals when it has many). */
    public static String number(BigDecimal value) {
        return Numbers.formatRounded(value);
    }

    /** A number exactly, however many decimals it has: for an exact share before rounding. */
    public static String exact(BigDecimal value) {
        return Numbers.format(value);
    }

    /** A computed fraction as a percentage with two decimals: {@code 0.057704} reads {@code 5.77%}. */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** A declared share as a percentage, exactly as precise as declared: {@code 0.459} reads {@code 45.9%}. */
    public static String share(BigDecimal fraction) {
        return Numbers.format(fraction.movePointRight(2)) + "%";
    }

    /**
     * One period of a backlog ledger as a sentence, its cells in {@link LedgerRow} order:
     * {@code 2022-H2: quota 414 + backlog 100 = 514; realised 520; carried 0}.
     */
    public static String ledgerLine(String period, List<ResultCell> cells) {
        return ledgerLine(period, cells, Wording.ENGLISH);
    }

    /**
     * The same in {@code wording}: {@code 2e helft 2022: quotum 414 + achterstand 100 = 514;
     * gerealiseerd 520; doorgeschoven 0} in Dutch.
     */
    static String ledgerLine(String period, List<ResultCell> cells, Wording wording) {
        boolean dutch = wording.dutch();
        return Visible.text(wording.period(period)) + (dutch ? ": quotum " : ": quota ")
                + amount(cells.get(LedgerRow.QUOTA.ordinal()), wording) + (dutch ? " + achterstand " : " + backlog ")
                + orNotYetKnown(cells.get(LedgerRow.BACKLOG_IN.ordinal()), wording) + " = "
                + orNotYetKnown(cells.get(LedgerRow.DUE.ordinal()), wording)
                + (dutch ? "; gerealiseerd " : "; realised ") + orNotYetKnown(cells.get(LedgerRow.REALISED.ordinal()), wording)
                + (dutch ? "; doorgeschoven " : "; carried ") + amount(cells.get(LedgerRow.CARRIED.ordinal()), wording);
    }

    /** A ledger amount that depends on what is realised: "not yet known" until it is. */
    private static String orNotYetKnown(ResultCell cell, Wording wording) {
        return cell.isKnown() ? amount(cell, wording) : wording.dutch() ? "nog niet bekend" : "not yet known";
    }

    /** A ledger table (a row per period) as sentences, one per line, the way an analyst reads it aloud. */
    public static String ledger(ResultTable ledger) {
        return ledger(ledger, Wording.ENGLISH);
    }

    /** The same in {@code wording} (periods, numbers and the words between them). */
    public static String ledger(ResultTable ledger, Wording wording) {
        StringBuilder out = new StringBuilder();
        for (ResultRow row : ledger.rows()) {
            out.append(ledgerLine(row.label(), row.cells(), wording)).append('\n');
        }
        return out.toString();
    }

    /**
     * What an edit moved, a line each, indented: {@code azc: 1965? (firm: 1685) → 2085? (firm: 1805) from
     * 2023-09-01} for a definition, {@code table_a total 2023-07-01: 1965 → 2185} for a report cell.
     */
    public static String changes(List<ValueChange> moved) {
        if (moved.isEmpty()) {
            return "no definition or report total changed\n";
        }
        List<String> lines = new ArrayList<>();
        for (ValueChange change : moved) {
            String values = amount(change.before()) + " → " + amount(change.after());
            if (change.isDefinition()) {
                lines.add("  " + change.name() + ": " + values + (change.column() == null ? "" : " from " + change.column()));
            } else {
                lines.add("  " + change.report() + " " + change.row() + " " + change.column() + ": " + values);
            }
        }
        return Visible.lines(String.join("\n", lines) + "\n");
    }
}

package dev.caplan.eval;

import dev.caplan.check.LedgerRow;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A backlog ledger laid out for reading: one row per period with the quota, the backlog carried
 * in, what was due, what was realised and what is carried on; and the same as one sentence per
 * period, e.g. {@code 2022-H2: quota 414 + backlog 100 = 514; realised 520; carried 0}.
 */
public final class LedgerTable {

    private LedgerTable() {
    }

    public static ResultTable of(String name, Ledger ledger) {
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < ledger.expected().size(); i++) {
            Ledger.Entry e = ledger.expected().get(i);
            Ledger.Entry f = ledger.firm().get(i);
            List<ResultCell> cells = new ArrayList<>();
            for (LedgerRow row : LedgerRow.values()) {
                cells.add(cell(e.value(row), f.value(row)));
            }
            rows.add(new ResultRow(e.period().label(), cells));
        }
        List<String> columns = Arrays.stream(LedgerRow.values()).map(LedgerRow::label).toList();
        return new ResultTable(name, "backlog ledger of " + name, "period", columns, rows, null);
    }

    /** A ledger table as sentences, one per period, the way an analyst reads it aloud. */
    public static String sentences(ResultTable ledger) {
        StringBuilder out = new StringBuilder();
        for (ResultRow row : ledger.rows()) {
            List<ResultCell> c = row.cells();
            out.append(row.label()).append(": quota ").append(text(c.get(0))).append(" + backlog ")
                    .append(text(c.get(1))).append(" = ").append(text(c.get(2))).append("; realised ")
                    .append(c.get(3).isKnown() ? text(c.get(3)) : "not yet known").append("; carried ")
                    .append(text(c.get(4))).append('\n');
        }
        return out.toString();
    }

    private static String text(ResultCell cell) {
        if (!cell.isKnown()) {
            return "-";
        }
        return Explainer.plain(cell.value()) + (cell.tentative() ? "? (firm " + Explainer.plain(cell.firm()) + ")" : "");
    }

    private static ResultCell cell(BigDecimal expected, BigDecimal firm) {
        return expected == null ? ResultCell.UNKNOWN : new ResultCell(expected, firm == null ? expected : firm);
    }
}

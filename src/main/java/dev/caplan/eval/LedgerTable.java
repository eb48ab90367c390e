package dev.caplan.eval;

import dev.caplan.check.LedgerRow;
import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A backlog ledger laid out for reading: one row per period, one column per {@link LedgerRow}: the
 * quota, the backlog carried in, what was due, what was realised and what is carried on.
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
            rows.add(new ResultRow(e.period().label(), cells)
                    .withDays(Headings.range(e.period().start(), e.period().end() - 1)));
        }
        List<Heading> columns = Arrays.stream(LedgerRow.values()).map(row -> Heading.of(row.label())).toList();
        return new ResultTable(name, "backlog ledger of " + name, "period", columns, rows, null);
    }

    private static ResultCell cell(BigDecimal expected, BigDecimal firm) {
        return expected == null ? ResultCell.UNKNOWN : new ResultCell(expected, firm == null ? expected : firm);
    }
}

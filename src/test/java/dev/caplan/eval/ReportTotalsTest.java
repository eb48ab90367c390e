package dev.caplan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's total row: a column whose rows hold the very cells of the column before takes the
 * total before it (a daily report over years), every other column is summed; both give the sums.
 */
class ReportTotalsTest {

    @Test
    void sharedCellsAndFreshCellsAddUpTheSame() {
        ResultCell ten = new ResultCell(new BigDecimal("10"), new BigDecimal("8"));
        ResultCell twelve = new ResultCell(new BigDecimal("12"), new BigDecimal("12"));
        ResultCell bounded = new ResultCell(new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("4"), new BigDecimal("7"));
        // column 1 repeats column 0's objects, column 2 has equal but new cells, column 3 a change, column 4 repeats it
        ResultRow first = new ResultRow("a", List.of(ten, ten, new ResultCell(new BigDecimal("10"), new BigDecimal("8")), twelve, twelve));
        ResultRow second = new ResultRow("b", List.of(bounded, bounded, bounded, bounded, ResultCell.UNKNOWN));
        ResultRow total = ReportEvaluator.total("total", List.of(first, second), 5);

        for (int c = 0; c < 4; c++) {
            ResultCell cell = total.cells().get(c);
            ResultCell expected = byHand(first.cells().get(c), second.cells().get(c));
            assertThat(cell.value()).as("column %d", c).isEqualByComparingTo(expected.value());
            assertThat(cell.firm()).as("column %d", c).isEqualByComparingTo(expected.firm());
            assertThat(cell.low()).as("column %d", c).isEqualByComparingTo(expected.low());
            assertThat(cell.high()).as("column %d", c).isEqualByComparingTo(expected.high());
        }
        assertThat(total.cells().get(0).value()).isEqualByComparingTo("15");
        assertThat(total.cells().get(3).value()).isEqualByComparingTo("17");
        assertThat(total.cells().get(4).isKnown()).isFalse(); // a row unknown there: the total is unknown
    }

    @Test
    void aColumnThatRepeatsTheOneBeforeGetsItsTotal() {
        ResultCell cell = new ResultCell(new BigDecimal("3"), new BigDecimal("3"));
        List<ResultCell> cells = new ArrayList<>();
        for (int c = 0; c < 1000; c++) {
            cells.add(cell);
        }
        ResultRow total = ReportEvaluator.total("total", List.of(new ResultRow("a", cells), new ResultRow("b", cells)), 1000);
        assertThat(total.cells()).hasSize(1000).allSatisfy(sum -> assertThat(sum.value()).isEqualByComparingTo("6"));
    }

    private static ResultCell byHand(ResultCell a, ResultCell b) {
        return new ResultCell(a.value().add(b.value()), a.firm().add(b.firm()),
                low(a).add(low(b)), high(a).add(high(b)));
    }

    private static BigDecimal low(ResultCell cell) {
        return cell.hasBounds() ? cell.low() : cell.value();
    }

    private static BigDecimal high(ResultCell cell) {
        return cell.hasBounds() ? cell.high() : cell.value();
    }
}

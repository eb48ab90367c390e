package dev.caplan.output;

import dev.caplan.result.DayRange;
import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small tables that exercise what renderers get wrong most easily. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * Two columns, three rows and a total: a tentative cell (100, firm 60), a value with trailing
     * zeros (214.30), one with a negative scale (1E+3), a repeating fraction and labels that need
     * CSV quoting or contain characters that tempt quoting.
     */
    static ResultTable capacity() {
        return new ResultTable("capacity", "Reception capacity", "location",
                List.of(day("2023-01-01"), new Heading("2023-Q1", new DayRange(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-03-31")))),
                List.of(
                        row("Zwolle (Lumen)", firm("550"), firm("214.30")),
                        row("Olst-Wijhe/Raalte", cell("100", "60"), firm("1E+3")),
                        row("Kampen, \"De Vest\"", firm("0.333333333"), firm("-0.00"))),
                row("total", cell("650.333333333", "610.333333333"), firm("1214.30")));
    }

    /** A firm table without title or total. */
    static ResultTable intake() {
        return new ResultTable("intake", null, "kind", List.of(Heading.of("value")),
                List.of(row("adults", firm("12")), row("minors", firm("3.5"))), null);
    }

    /** The answer to a query of one value at one date. */
    static ResultTable scalar(ResultCell cell) {
        return new ResultTable("q", null, "location", List.of(day("2023-01-01")),
                List.of(row("Zwolle", cell)), null);
    }

    /**
     * Rows in formats, with every mark a value can carry: a tentative share (0.5, firm 0.45), a
     * partial one, an unknown one, one with bounds; places grouped with a point; a total in the
     * report's format.
     */
    static ResultTable formatted() {
        NumberFormat percent = new NumberFormat(true, 1, null);
        NumberFormat thousands = new NumberFormat(false, -1, ".");
        return new ResultTable("memo", null, "", List.of(new Heading("2023-H1", new DayRange(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-06-30"))),
                new Heading("2023-H2", new DayRange(LocalDate.parse("2023-07-01"), LocalDate.parse("2023-12-31")))),
                List.of(row("share", cell("0.5", "0.45"), new ResultCell(new BigDecimal("0.82"),
                                new BigDecimal("0.82"), null, null, true)).withFormat(percent),
                        row("bounded", ResultCell.UNKNOWN, new ResultCell(new BigDecimal("0.5"), new BigDecimal("0.5"),
                                new BigDecimal("0.4"), new BigDecimal("0.6"))).withFormat(percent),
                        row("places", firm("75500"), firm("1596163.5")).withFormat(thousands)),
                row("total", firm("75501.5"), firm("1596164.82")).withFormat(new NumberFormat(false, 1, ",")));
    }

    static ResultRow row(String label, ResultCell... cells) {
        return new ResultRow(label, List.of(cells));
    }

    static ResultCell firm(String value) {
        return ResultCell.firm(new BigDecimal(value));
    }

    static ResultCell cell(String value, String firm) {
        return new ResultCell(new BigDecimal(value), new BigDecimal(firm));
    }

    /** A day column's heading. */
    static Heading day(String iso) {
        return new Heading(iso, DayRange.of(LocalDate.parse(iso)));
    }
}

package dev.caplan.output;

import static dev.caplan.output.Fixtures.firm;
import static dev.caplan.output.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.result.Heading;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import dev.caplan.testing.Workbooks;
import dev.caplan.testing.Workbooks.ReadCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The workbook's cells as a reader of the file sees them: text stays text, numbers exact, marks in the format. */
class XlsxRendererTest {

    private static Map<String, List<ReadCell>> written(ResultTable... tables) throws IOException {
        return Workbooks.read(new ByteArrayInputStream(Renderers.of(Format.XLSX).bytes(List.of(tables))));
    }

    @Test
    void textFromTheModelIsAStringCellNeverAFormula() throws IOException {
        ResultTable hostile = new ResultTable("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)",
                List.of(Heading.of("+cmd")), List.of(row("-2+3", firm("5")), row("<b>&amp;</b>\u0007", firm("-1"))), null);
        List<ReadCell> cells = written(hostile).values().iterator().next();
        assertThat(cells).filteredOn(c -> c.kind().equals("text")).extracting(ReadCell::text)
                .contains("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+cmd", "-2+3");
        assertThat(cells).extracting(ReadCell::kind).doesNotContain("formula");
        assertThat(cells).filteredOn(c -> c.kind().equals("number")).extracting(c -> c.number().toPlainString())
                .containsExactly("5", "-1");
    }

    @Test
    void sheetNamesAreValidAndUniqueIgnoringCase() throws IOException {
        Map<String, List<ReadCell>> sheets = written(table("a[b]:c*d?e/f\\g"), table("Table_A"), table("table_a"),
                table("x".repeat(40)), table("x".repeat(40)), table("'quoted'"), table("History"));
        assertThat(sheets.keySet()).containsExactly("a_b__c_d_e_f_g", "Table_A", "table_a~2", "x".repeat(31),
                "x".repeat(29) + "~2", "quoted", "report_History");
        assertThat(sheets.keySet()).allMatch(name -> name.length() <= 31);
    }

    @Test
    void numbersAreExactAndFormatsShowTheirMarksAndUnits() throws IOException {
        List<ReadCell> cells = written(Fixtures.formatted()).values().iterator().next();
        assertThat(Workbooks.dump(Map.of("memo", cells))).contains(
                "B5 number 0.5 0.0%\"?\"", // tentative share, as a percentage with its mark
                "C5 number 0.45 0.0%",    // its firm value beside it
                "D5 number 0.82 0.0%\"*\"", // partial
                "B6 empty",                // unknown: empty, not 0
                "E6 number 0.4 0.0%",      // bounds beside the value
                "F6 number 0.6 0.0%",
                "B7 number 75500\n",       // grouped without fixed decimals: Excel's General (no format for "as many as it has")
                "B8 number 75501.5 #,##0.0");
        assertThat(cells).filteredOn(c -> c.kind().equals("text")).extracting(ReadCell::text)
                .contains(SheetLayout.TENTATIVE_LEGEND, SheetLayout.PARTIAL_LEGEND, SheetLayout.UNKNOWN_LEGEND,
                        SheetLayout.BOUNDS_LEGEND);
    }

    @Test
    void theTextFormIsTheWorkbookCellByCell() {
        String listing = Renderers.of(Format.XLSX).render(List.of(Fixtures.capacity()));
        assertThat(listing).startsWith("sheet \"capacity\"\nA1 text \"capacity\" title\n")
                .contains("B6 number 100 General\"?\" tentative").endsWith("\n");
    }

    /** A sheet has 16,384 columns: the row labels' column and 16,383 values fit, one more does not. */
    @Test
    void aTableWiderThanASheetIsRefusedBeforeAnythingIsWritten() throws IOException {
        Renderer xlsx = Renderers.of(Format.XLSX);
        ResultTable widest = wide(SheetLayout.MAX_COLUMNS - 1, null);
        assertThat(xlsx.cannotHold(widest)).isNull();
        assertThat(written(widest).values().iterator().next()).extracting(ReadCell::address).contains("XFD2");

        ResultTable tooWide = wide(SheetLayout.MAX_COLUMNS, null);
        assertThat(xlsx.cannotHold(tooWide)).isEqualTo("its sheet would need 16385 columns, and a sheet has at most 16384");
        assertThatThrownBy(() -> xlsx.bytes(List.of(tooWide))).isInstanceOf(IllegalArgumentException.class);
    }

    /** A tentative value takes a firm column beside its own, so the sheet is wider than the table. */
    @Test
    void theFirmAndBoundsColumnsCountTowardsTheWidth() {
        ResultTable widest = wide(SheetLayout.MAX_COLUMNS - 1, null);
        assertThat(Renderers.of(Format.XLSX).cannotHold(wide(SheetLayout.MAX_COLUMNS - 2, Fixtures.cell("5", "4"))))
                .isNull();
        assertThat(Renderers.of(Format.XLSX).cannotHold(wide(SheetLayout.MAX_COLUMNS - 1, Fixtures.cell("5", "4"))))
                .contains("16385 columns");
        assertThat(Renderers.of(Format.TABLE).cannotHold(widest)).isNull();
        assertThat(Renderers.of(Format.CSV).cannotHold(widest)).isNull();
    }

    /** One row of {@code columns} values (the last {@code last} when not null), each with its own heading. */
    private static ResultTable wide(int columns, ResultCell last) {
        List<Heading> headings = IntStream.range(0, columns).mapToObj(i -> Heading.of("c" + i)).toList();
        List<ResultCell> cells = new ArrayList<>(Collections.nCopies(columns, firm("1")));
        if (last != null) {
            cells.set(columns - 1, last);
        }
        return new ResultTable("wide", null, "row", headings, List.of(new ResultRow("r", cells)), null);
    }

    private static ResultTable table(String name) {
        return new ResultTable(name, null, "row", List.of(Heading.of("value")), List.of(row("r", firm("1"))), null);
    }
}

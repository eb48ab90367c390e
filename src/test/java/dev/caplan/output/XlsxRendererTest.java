package dev.caplan.output;

import static dev.caplan.output.Fixtures.firm;
import static dev.caplan.output.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.Heading;
import dev.caplan.result.ResultTable;
import dev.caplan.testing.Workbooks;
import dev.caplan.testing.Workbooks.ReadCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

    private static ResultTable table(String name) {
        return new ResultTable(name, null, "row", List.of(Heading.of("value")), List.of(row("r", firm("1"))), null);
    }
}

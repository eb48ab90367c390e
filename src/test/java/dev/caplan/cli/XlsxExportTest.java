package dev.caplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.testing.CliRun;
import dev.caplan.testing.Workbooks;
import dev.caplan.testing.Workbooks.ReadCell;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caplan eval --format xlsx}, read back with fastexcel-reader and compared cell by cell with
 * {@code --format csv} of the same model: every value, firm value, bound, tentative and partial
 * mark and day of the CSV is in the workbook, exactly, and an unknown value is an empty cell.
 */
class XlsxExportTest {

    @TempDir
    Path folder;

    /** Models with tentative cells (ijsselland), bounds (optimistic), unknown and partial cells (occupancy, target). */
    private static final List<List<String>> MODELS = List.of(
            List.of("models/ijsselland"),
            List.of("models/ijsselland", "--scenario", "optimistic"),
            List.of("examples/occupancy"),
            List.of("examples/target"),
            List.of("examples/quotas"),
            List.of("examples/budget"));

    @TestFactory
    Stream<DynamicTest> everyCellOfTheCsvIsInTheWorkbook() {
        return MODELS.stream().map(model -> DynamicTest.dynamicTest(String.join(" ", model), () -> {
            Path file = folder.resolve("eval.xlsx");
            CliRun written = eval(model, "--format", "xlsx", "-o", file.toString());
            assertThat(written.exitCode()).as(written.err()).isZero();
            assertThat(written.out()).isEmpty();
            CliRun csv = eval(model, "--format", "csv");
            assertThat(csv.exitCode()).isZero();
            compare(parseCsv(csv.out()), Workbooks.read(file));
        }));
    }

    @Test
    void aWorkbookIsNotWrittenToATerminalOrWithoutAFile() {
        CliRun run = CliRun.of("eval", "models/ijsselland", "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("add -o FILE.xlsx");
    }

    @Test
    void dashWritesTheWorkbookToStandardOutputWhenItIsNoTerminal() {
        CliRun run = CliRun.of("eval", "models/ijsselland", "--format", "xlsx", "-o", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("PK"); // a zip file, as every xlsx is
    }

    @Test
    void otherFormatsAreWrittenToTheFileInTheirLanguage() throws Exception {
        Path file = folder.resolve("table_b.txt");
        CliRun run = CliRun.of("eval", "models/ijsselland", "--report", "table_b", "--locale", "nl", "-o", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).contains("1.836?").contains("1 januari 2024");
    }

    private static CliRun eval(List<String> model, String... more) {
        List<String> args = new ArrayList<>(List.of("eval"));
        args.addAll(model);
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Each CSV line found in its sheet: rows in order, columns by header, marks by number format. */
    private static void compare(List<Map<String, String>> lines, Map<String, List<ReadCell>> sheets) {
        Map<String, List<String>> rowsByReport = new LinkedHashMap<>();
        for (Map<String, String> line : lines) {
            List<String> rows = rowsByReport.computeIfAbsent(text(line.get("report")), r -> new ArrayList<>());
            if (rows.isEmpty() || !rows.get(rows.size() - 1).equals(text(line.get("row")))) {
                rows.add(text(line.get("row")));
            }
        }
        assertThat(sheets).hasSize(rowsByReport.size());
        Map<String, Integer> rowSeen = new LinkedHashMap<>();
        String lastKey = null;
        for (Map<String, String> line : lines) {
            String report = text(line.get("report"));
            List<ReadCell> sheet = sheetOf(sheets, report);
            String key = report + "\u0000" + line.get("row");
            if (!key.equals(lastKey)) {
                rowSeen.merge(report, 1, Integer::sum);
                lastKey = key;
            }
            int row = firstDataRow(sheet) + rowSeen.get(report) - 1;
            String where = report + " / " + line.get("row") + " / " + line.get("column");
            assertThat(at(sheet, row, 0).map(ReadCell::text)).as(where).contains(text(line.get("row")));
            int column = headerColumn(sheet, text(line.get("column")), "");
            Optional<ReadCell> value = at(sheet, row, column);
            if (line.get("value").isEmpty()) {
                assertThat(value.map(ReadCell::kind).orElse("empty")).as("unknown: %s", where).isEqualTo("empty");
                continue;
            }
            assertThat(value).as(where).isPresent();
            assertThat(value.get().kind()).as(where).isEqualTo("number");
            assertThat(value.get().number()).as(where).isEqualByComparingTo(new BigDecimal(line.get("value")));
            String format = value.get().format() == null ? "" : value.get().format();
            assertThat(format.contains("?")).as("tentative mark of %s", where).isEqualTo(line.get("tentative").equals("true"));
            assertThat(format.contains("*")).as("partial mark of %s", where).isEqualTo(line.get("partial").equals("true"));
            if (line.get("tentative").equals("true")) {
                assertThat(at(sheet, row, headerColumn(sheet, text(line.get("column")), " firm")).map(ReadCell::number))
                        .as("firm of %s", where).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(line.get("firm")));
            }
            for (String bound : List.of("low", "high")) {
                if (!line.get(bound).isEmpty()) {
                    assertThat(at(sheet, row, headerColumn(sheet, text(line.get("column")), " " + bound))
                            .map(ReadCell::number)).as("%s of %s", bound, where)
                            .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(line.get(bound)));
                }
            }
            assertDays(sheet, row, column, line, where);
        }
    }

    /** The CSV's first and last day are the column's (in the day rows under the header) or the row's (beside its label). */
    private static void assertDays(List<ReadCell> sheet, int row, int column, Map<String, String> line, String where) {
        for (String end : List.of("first", "last")) {
            if (line.get(end).isEmpty()) {
                continue;
            }
            String label = end + " day";
            Optional<ReadCell> dayRow = sheet.stream().filter(c -> c.column() == 0 && label.equals(c.text()) && c.row() > 1)
                    .findFirst();
            Optional<String> day = dayRow.flatMap(r -> at(sheet, r.row(), column)).map(ReadCell::text);
            if (day.isEmpty()) {
                day = at(sheet, row, headerColumn(sheet, label, "")).map(ReadCell::text);
            }
            assertThat(day).as("%s day of %s", end, where).contains(line.get(end));
        }
    }

    private static List<ReadCell> sheetOf(Map<String, List<ReadCell>> sheets, String report) {
        return sheets.values().stream().filter(cells -> at(cells, 0, 0).map(ReadCell::text).orElse("").equals(report))
                .findFirst().orElseThrow(() -> new AssertionError("no sheet for report " + report));
    }

    /** The first row under the header and the day rows. */
    private static int firstDataRow(List<ReadCell> sheet) {
        boolean days = at(sheet, 2, 0).map(ReadCell::text).filter("first day"::equals).isPresent();
        return days ? 4 : 2;
    }

    private static int headerColumn(List<ReadCell> sheet, String label, String suffix) {
        return sheet.stream().filter(c -> c.row() == 1 && c.column() > 0 && (label + suffix).equals(c.text()))
                .mapToInt(ReadCell::column).findFirst()
                .orElseThrow(() -> new AssertionError("no column '" + label + suffix + "'"));
    }

    private static Optional<ReadCell> at(List<ReadCell> sheet, int row, int column) {
        return sheet.stream().filter(c -> c.row() == row && c.column() == column).findFirst();
    }

    /** A CSV text field as the model wrote it: the CSV's guard against formulas ({@code '=...}) taken off. */
    private static String text(String field) {
        return field.length() > 1 && field.charAt(0) == '\'' && "=+-@\t\r".indexOf(field.charAt(1)) >= 0
                ? field.substring(1) : field;
    }

    /** RFC 4180 as caplan writes it: a header line, quoted fields where needed, "" for a quote. */
    static List<Map<String, String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> lines = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> line = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                line.put(header.get(i), record.get(i));
            }
            lines.add(line);
        }
        return lines;
    }
}

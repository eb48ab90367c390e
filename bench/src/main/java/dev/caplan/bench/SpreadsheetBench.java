package dev.caplan.bench;

import dev.caplan.check.CheckedModel;
import dev.caplan.engine.BenchAccess;
import dev.caplan.engine.Plan;
import dev.caplan.result.ResultTable;
import dev.caplan.synth.Floor;
import dev.caplan.synth.Workloads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The spreadsheet peer. From the model's segments ({@link Floor#read}) a workbook is built in
 * setup: one row per capacity segment (kind, region, then one column per month holding its
 * places when the segment is open at that month's start, blank otherwise), and below them one
 * SUMIFS total row per kind and per region for every month. Timed: a full recalculation with
 * {@code evaluateAll()} after clearing POI's cached results. Against it: the engine computing
 * the same two monthly tables ({@code capacity by kind} and {@code capacity by region}) from an
 * already checked model with a fresh evaluator, so it also recomputes everything.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m"})
public class SpreadsheetBench {
    /** The generated model both sides work on; bench/run writes "poi" (1,000 locations). */
    @Param("poi")
    public String model;

    private Workbook workbook;
    private FormulaEvaluator evaluator;
    private CheckedModel checked;
    private int segmentRows;
    private int dataRows;
    private long[][] expected;
    private boolean recalculated;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        Path dir = Models.generated(model);
        checked = BenchAccess.check(List.of(dir));
        Floor.Segments s = Floor.read(dir);
        segmentRows = s.count();
        List<String> kinds = Floor.kindNames(s);
        LocalDate first = LocalDate.of(Models.FIRST_YEAR, 1, 1);
        int[] days = new int[Models.MONTHS];
        for (int m = 0; m < days.length; m++) {
            days[m] = (int) first.plusMonths(m).toEpochDay();
        }
        workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("plan");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("kind");
        header.createCell(1).setCellValue("region");
        for (int m = 0; m < days.length; m++) {
            header.createCell(2 + m).setCellValue(first.plusMonths(m).toString().substring(0, 7));
        }
        // One row per location (its consecutive segments) and per grid row (its consecutive cells):
        // consecutive segments of the same kind and region that follow each other share a row.
        int rows = 0;
        Row row = null;
        for (int i = 0; i < s.count(); i++) {
            boolean follows = i > 0 && s.kind()[i] == s.kind()[i - 1] && s.region()[i] == s.region()[i - 1]
                    && s.from()[i] == s.until()[i - 1];
            if (!follows) {
                row = sheet.createRow(++rows);
                row.createCell(0).setCellValue(kinds.get(s.kind()[i]));
                row.createCell(1).setCellValue("R" + (s.region()[i] + 1));
            }
            for (int m = 0; m < days.length; m++) {
                if (days[m] >= s.from()[i] && days[m] < s.until()[i]) {
                    row.createCell(2 + m).setCellValue((double) s.places()[i]);
                }
            }
        }
        dataRows = rows;
        expected = Floor.monthlyByKind(s, first, Models.MONTHS);
        int last = rows + 1;        // 1-based row number of the last data row
        int next = last;            // 0-based index of the first total row
        for (String kind : kinds) {
            totals(sheet.createRow(next++), "A", kind, last, days.length);
        }
        for (int r = 1; r <= s.regions(); r++) {
            totals(sheet.createRow(next++), "B", "R" + r, last, days.length);
        }
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    private static void totals(Row row, String criteriaColumn, String label, int last, int months) {
        row.createCell(0).setCellValue("total");
        row.createCell(1).setCellValue(label);
        for (int m = 0; m < months; m++) {
            String col = CellReference.convertNumToColString(2 + m);
            row.createCell(2 + m).setCellFormula(String.format("SUMIFS(%s$2:%s$%d,$%s$2:$%s$%d,\"%s\")",
                    col, col, last, criteriaColumn, criteriaColumn, last, label));
        }
    }

    /** After a recalculation, the per-kind total rows must equal the floor's monthly table. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        System.out.println("\nworkbook: " + segmentRows + " segments in " + dataRows + " data rows, "
                + (expected.length + 25) + " x " + Models.MONTHS + " SUMIFS cells");
        if (recalculated) {
            Sheet sheet = workbook.getSheet("plan");
            for (int k = 0; k < expected.length; k++) {
                for (int m = 0; m < Models.MONTHS; m++) {
                    double value = sheet.getRow(dataRows + 1 + k).getCell(2 + m).getNumericCellValue();
                    if (value != expected[k][m]) {
                        throw new IllegalStateException("POI total kind " + k + " month " + m + ": " + value
                                + " but the floor says " + expected[k][m]);
                    }
                }
            }
            System.out.println("POI's per-kind totals equal the floor's");
        }
        workbook.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Workbook poiRecalculate() {
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();
        recalculated = true;
        return workbook;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public ResultTable[] engineSameTables() {
        Plan plan = BenchAccess.freshPlan(checked);
        return new ResultTable[] {
            Workloads.byKind(plan, Models.FIRST_YEAR, Models.YEARS, false),
            plan.query("capacity by region", null, Models.OVER_MONTHS).value()};
    }
}

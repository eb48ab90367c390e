package dev.caplan.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Prints the one table of bench/run: every target with its measurement, peer and ratio, from
 * JMH's JSON results and the measurements made outside JMH (start-up, peak heap).
 * {@code RatioTable JMH_JSON OUTSIDE_PROPERTIES BIG_MODEL_DIR}
 */
public final class RatioTable {
    private final Map<String, double[]> jmh = new HashMap<>();   // short name -> {score ms, error ms, median ms}
    private final List<String[]> rows = new ArrayList<>();

    private RatioTable() {
    }

    public static void main(String[] args) throws IOException {
        RatioTable table = new RatioTable();
        for (JsonNode result : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            String name = result.path("benchmark").asString().replace("dev.caplan.bench.", "");
            JsonNode params = result.path("params");
            if (params.has("model")) {
                name += "[" + params.path("model").asString() + "]";
            }
            JsonNode metric = result.path("primaryMetric");
            table.jmh.put(name, new double[] {number(metric.path("score")), number(metric.path("scoreError")),
                number(metric.path("scorePercentiles").path("50.0"))});
        }
        Properties outside = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[1]))) {
            outside.load(reader);
        }
        table.build(outside, bytes(Path.of(args[2])));
        table.print();
    }

    private void build(Properties outside, long bigBytes) {
        double national = ms("LoadBench.nationalLoadEvaluate");
        double floor = ms("LoadBench.nationalFloor");
        target("national load+evaluate (10,000 locations)", fmt(national), "-", "-", "<= 1000 ms", national <= 1000);
        target("national load+evaluate vs floor", fmt(national), fmt(floor) + " (floor)", x(national / floor),
                "<= 3x", national / floor <= 3);
        String poiKey = jmh.keySet().stream().filter(k -> k.startsWith("SpreadsheetBench.poiRecalculate")).findFirst().orElse(null);
        if (poiKey != null) {
            String model = poiKey.substring(poiKey.indexOf('['));
            double poi = ms(poiKey);
            double engine = ms("SpreadsheetBench.engineSameTables" + model);
            target("engine by kind + by region " + model + " vs POI evaluateAll", fmt(engine), fmt(poi) + " (POI)",
                    x(poi / engine) + " faster", ">= 100x faster", poi / engine >= 100);
        }
        for (String form : List.of("Folders", "Revisions")) {
            double diff = ms("DiffBench.nationalDiff" + form);
            target("caplan diff of two national versions (" + (form.equals("Folders") ? "two folders" : "git revisions")
                    + ") vs one eval", fmt(diff), fmt(national) + " (load+evaluate)", x(diff / national), "<= 2.5x",
                    diff / national <= 2.5);
        }
        double tweak = ms("ReplBench.tweak");
        double full = ms("ReplBench.fullReevaluation");
        target("REPL tweak, incremental recompute (national)", fmt(tweak), fmt(full) + " (full re-eval)",
                x(full / tweak) + " speed-up", "<= 10 ms", tweak <= 10);
        for (String mode : List.of("Cold", "Warm")) {
            double daily = ms("ResolutionBench.daily" + mode);
            double monthly = ms("ResolutionBench.monthly" + mode);
            target("by kind daily vs monthly, " + (mode.equals("Cold") ? "fresh evaluator" : "warm plan"),
                    fmt(daily), fmt(monthly) + " (monthly)", x(daily / monthly), "<= 1.5x", daily / monthly <= 1.5);
        }
        double served = median("ServeBench.savedChangeToNewPage");
        double rerender = median("ServeBench.reRender");
        target("serve: saved change to new page, national (median)", fmt(served), fmt(rerender) + " (re-render only)",
                x(served / rerender), "<= 300 ms", served <= 300);
        String peak = outside.getProperty("peakHeapBytes", "missing");
        if (peak.matches("\\d+")) {
            double mb = Long.parseLong(peak) / 1048576.0;
            target("peak heap, national load+evaluate (-Xmx512m)", String.format(Locale.ROOT, "%.0f MB", mb),
                    "-", "-", "<= 512 MB", mb <= 512);
        } else {
            target("peak heap, national load+evaluate (-Xmx512m)", peak, "-", "-", "<= 512 MB", false);
        }
        double e2e = Double.parseDouble(outside.getProperty("ijsselland", "NaN"));
        double hello = Double.parseDouble(outside.getProperty("hello", "NaN"));
        target("caplan eval models/ijsselland, end to end, Java 17 with the launcher's CDS archive (median)", fmt(e2e),
                fmt(hello) + " (hello world)", x(e2e / hello), "<= 3x", e2e / hello <= 3);
        double plain = Double.parseDouble(outside.getProperty("ijssellandPlain", "NaN"));
        rows.add(new String[] {"... Java 17, plain java -jar (no archive), median", fmt(plain), fmt(hello) + " (hello world)",
                x(plain / hello), "(none)", "-"});
        double launcher = Double.parseDouble(outside.getProperty("ijssellandLauncher", "NaN"));
        rows.add(new String[] {"... through ./caplan (the launcher script's checks included), median", fmt(launcher),
                fmt(hello) + " (hello world)", x(launcher / hello), "(none)", "-"});
        double aot = Double.parseDouble(outside.getProperty("ijsselland25aot", "NaN"));
        double hello25 = Double.parseDouble(outside.getProperty("hello25", "NaN"));
        target("... with JDK 25 and an AOT cache (median)", fmt(aot), fmt(hello25) + " (hello world, JDK 25)",
                x(aot / hello25), "<= 2x", aot / hello25 <= 2);
        double keystroke = median("LspBench.keystroke");
        target("LSP keystroke -> diagnostics published (national, debounce 0), median", fmt(keystroke), "-", "-",
                "<= 50 ms", keystroke <= 50);
        double hover = median("LspBench.hover");
        target("LSP hover (national), median", fmt(hover), "-", "-", "<= 20 ms", hover <= 20);
        double lspFirst = Double.parseDouble(outside.getProperty("lspFirstDiagnostics", "NaN"));
        double lspLoaded = Double.parseDouble(outside.getProperty("lspModelLoaded", "NaN"));
        target("LSP start -> first diagnostics (caplan lsp process, national), median", fmt(lspFirst),
                fmt(lspLoaded) + " (whole model loaded)", "-", "<= 2000 ms", lspFirst <= 2000);
        double parse = ms("ParseBench.parseOnly");
        double mbPerS = bigBytes / 1e6 / (parse / 1000);
        rows.add(new String[] {"parse only, " + String.format(Locale.ROOT, "%.1f MB", bigBytes / 1e6) + " model",
            fmt(parse), "-", String.format(Locale.ROOT, "%.1f MB/s", mbPerS), "(none)", "-"});
        rows.add(new String[] {"models/ijsselland load+evaluate, in JVM", fmt(ms("LoadBench.ijsselLandLoadEvaluate")),
            "-", "-", "(none)", "-"});
    }

    /** JMH writes "NaN" as a string (e.g. the error of a single shot). */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** The score of a benchmark (for a sampled one, its mean). */
    private double ms(String name) {
        return result(name, 0);
    }

    /** The median of a sampled benchmark ({@code Mode.SampleTime}). */
    private double median(String name) {
        return result(name, 2);
    }

    private double result(String name, int which) {
        double[] score = jmh.get(name);
        if (score == null) {
            System.err.println("RatioTable: no JMH result for " + name);
            return Double.NaN;
        }
        return score[which];
    }

    private void target(String what, String value, String peer, String ratio, String target, boolean met) {
        rows.add(new String[] {what, value, peer, ratio, target, met ? "yes" : "NO"});
    }

    private static String fmt(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
    }

    private static String x(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : ratio >= 10 ? String.format(Locale.ROOT, "%.0fx", ratio)
                : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static long bytes(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private void print() {
        String[] header = {"measurement", "value", "peer", "ratio", "target", "met?"};
        int[] width = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            out.append('|');
            for (int c = 0; c < header.length; c++) {
                out.append(' ').append(String.format("%-" + width[c] + "s", all.get(r)[c])).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int c = 0; c < header.length; c++) {
                    out.append('-').append("-".repeat(width[c])).append("-|");
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }
}

package dev.caplan.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic national model, the same for the same settings: 12 provinces, 25 regions,
 * 342 municipalities, N locations of every kind with capacity segments (open ends, tentative
 * extensions, options), one CNO grid table per region, a population key, a level quota by key,
 * a half-yearly flow quota with actuals and backlog, and reports over the whole horizon.
 * Ordinary .caplan files: benchmarks load them as a user's model would be loaded.
 */
public final class ModelGenerator {
    static final int PROVINCES = 12;
    static final int REGIONS = 25;
    static final int MUNICIPALITIES = 342;
    static final String[] KINDS = {"AZC", "NO", "CNO", "ROL", "GOO", "GVL"};
    private static final int LOCATIONS_PER_FILE = 1000;

    /** What to generate. */
    public record Settings(int locations, int firstYear, int years, long seed) {
        public static Settings defaults() {
            return new Settings(10_000, 2024, 10, 20231965L);
        }
    }

    private final Settings settings;
    private final Random random;

    public ModelGenerator(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** Writes the model's files into {@code directory} (created if needed); returns the bytes written. */
    public long writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        long bytes = 0;
        bytes += write(directory.resolve("areas.caplan"), Areas.text());
        bytes += write(directory.resolve("kinds.caplan"), kinds());
        for (int file = 0; file * LOCATIONS_PER_FILE < settings.locations(); file++) {
            int from = file * LOCATIONS_PER_FILE;
            int to = Math.min(settings.locations(), from + LOCATIONS_PER_FILE);
            bytes += write(directory.resolve(String.format("locations-%03d.caplan", file)),
                    new Locations(random, settings).text(from, to));
        }
        bytes += write(directory.resolve("cno.caplan"), new Grids(random, settings).text());
        bytes += write(directory.resolve("quotas.caplan"), new Quotas(random, settings).text());
        bytes += write(directory.resolve("reports.caplan"), reports());
        return bytes;
    }

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static String kinds() {
        return "kind AZC \"asylum seekers' centre\", NO \"emergency reception\", CNO \"crisis emergency reception\"\n"
                + "kind ROL \"regional reception location\", GOO \"reception of Ukrainians\", GVL \"national intake\"\n"
                + "group AMV \"unaccompanied minors\"\n";
    }

    private String reports() {
        int first = settings.firstYear();
        int last = first + settings.years() - 1;
        return "let regular = capacity[kind in (AZC, NO, ROL, GVL)]\n"
                + "let crisis = capacity[kind = CNO]\n"
                + "let ukrainian = capacity[kind = GOO]\n"
                + "let all_places = regular + crisis + ukrainian\n"
                + "let surplus = regular - azc_places[Netherlands]\n\n"
                + "report by_kind \"Places per kind, monthly\" {\n"
                + "  rows capacity by kind\n"
                + "  columns " + first + "-01 .. " + last + "-12\n"
                + "  total\n}\n\n"
                + "report by_region \"Places per region, monthly\" {\n"
                + "  rows capacity by region\n"
                + "  columns " + first + "-01 .. " + last + "-12\n"
                + "  total\n}\n\n"
                + "report against_quota \"Regular places against the national quota, yearly\" {\n"
                + "  rows regular as \"regular places\"\n"
                + "  rows azc_places[Netherlands] as \"quota\"\n"
                + "  rows surplus as \"surplus\"\n"
                + "  columns " + first + " .. " + last + "\n}\n";
    }
}

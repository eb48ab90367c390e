package dev.caplan.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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

    /** The names of the files {@link #writeTo} writes, in the order it writes them. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>(List.of("areas.caplan", "kinds.caplan"));
        for (int file = 0; file * LOCATIONS_PER_FILE < settings.locations(); file++) {
            names.add(String.format("locations-%03d.caplan", file));
        }
        names.addAll(List.of("cno.caplan", "quotas.caplan", "reports.caplan"));
        return names;
    }

    /**
     * Writes the model's files into {@code directory} (created if needed); returns the bytes written.
     * A file that exists already is not written over (FileAlreadyExistsException): a generated
     * model must not quietly replace someone's own.
     */
    public long writeTo(Path directory) throws IOException {
        return writeTo(directory, false);
    }

    /** Like {@link #writeTo(Path)}; with {@code replace}, files of the same names are written over. */
    public long writeTo(Path directory, boolean replace) throws IOException {
        Files.createDirectories(directory);
        List<String> names = fileNames();
        long bytes = 0;
        bytes += write(directory.resolve(names.get(0)), Areas.text(), replace);
        bytes += write(directory.resolve(names.get(1)), kinds(), replace);
        for (int file = 0; file * LOCATIONS_PER_FILE < settings.locations(); file++) {
            int from = file * LOCATIONS_PER_FILE;
            int to = Math.min(settings.locations(), from + LOCATIONS_PER_FILE);
            bytes += write(directory.resolve(names.get(2 + file)), new Locations(random, settings).text(from, to), replace);
        }
        bytes += write(directory.resolve("cno.caplan"), new Grids(random, settings).text(), replace);
        bytes += write(directory.resolve("quotas.caplan"), new Quotas(random, settings).text(), replace);
        bytes += write(directory.resolve("reports.caplan"), reports(), replace);
        return bytes;
    }

    private static long write(Path file, String text, boolean replace) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (replace) {
            Files.write(file, bytes);
        } else {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
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

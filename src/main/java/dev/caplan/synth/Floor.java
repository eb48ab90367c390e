package dev.caplan.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The floor: the generated model's monthly places per kind and per region, computed by hand over
 * primitive arrays, with a scanner that knows only the generated files' layout. No checks, no
 * diagnostics, whole numbers only: the fastest plain version of the same work, against which the
 * engine's speed is judged. Tentative places and grid tables count, as in the engine's expected
 * values.
 */
public final class Floor {

    /** The model as arrays: one entry per capacity segment. */
    public record Segments(int[] kind, int[] region, int[] from, int[] until, long[] places, int count,
                           Map<String, Integer> kinds, int regions) {
    }

    private Floor() {
    }

    /** Reads the generated files: municipalities' regions, location segments and grid rows. */
    public static Segments read(Path directory) throws IOException {
        Map<String, Integer> regionOf = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        for (String kind : ModelGenerator.KINDS) {
            kinds.put(kind, kinds.size());
        }
        Builder segments = new Builder();
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.toString().endsWith(".caplan")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.getFileName().toString().equals("areas.caplan")) {
                readAreas(text, regionOf);
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.startsWith("locations-")) {
                readLocations(text, regionOf, kinds, segments);
            } else if (name.equals("cno.caplan")) {
                readGrids(text, regionOf, kinds.get("CNO"), segments);
            }
        }
        return segments.build(kinds, ModelGenerator.REGIONS);
    }

    /** Places per kind (rows) and per month start (columns), for {@code months} months from {@code first}. */
    public static long[][] monthlyByKind(Segments s, LocalDate first, int months) {
        return monthly(s, s.kind(), s.kinds().size(), first, months);
    }

    /** Places per region (rows) and per month start (columns). */
    public static long[][] monthlyByRegion(Segments s, LocalDate first, int months) {
        return monthly(s, s.region(), s.regions(), first, months);
    }

    private static long[][] monthly(Segments s, int[] group, int groups, LocalDate first, int months) {
        int[] days = new int[months];
        for (int m = 0; m < months; m++) {
            days[m] = (int) first.plusMonths(m).toEpochDay();
        }
        long[][] table = new long[groups][months];
        for (int i = 0; i < s.count(); i++) {
            int start = Arrays.binarySearch(days, s.from()[i]);
            start = start >= 0 ? start : -start - 1;
            for (int m = start; m < months && days[m] < s.until()[i]; m++) {
                table[group[i]][m] += s.places()[i];
            }
        }
        return table;
    }

    private static void readAreas(String text, Map<String, Integer> regionOf) {
        for (String line : text.split("\n")) {
            if (line.startsWith("municipality ")) {
                String[] words = line.split(" ");
                regionOf.put(words[1], Integer.parseInt(words[3].substring(1)) - 1);
            }
        }
    }

    private static void readLocations(String text, Map<String, Integer> regionOf, Map<String, Integer> kinds,
                                      Builder segments) {
        int region = 0;
        int kind = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("location ")) {
                String[] words = line.split(" ");
                region = regionOf.get(words[3]);
                kind = kinds.get(words[5]);
            } else if (line.startsWith("  capacity ")) {
                String[] words = line.trim().split(" ");
                long places = Long.parseLong(words[1].replace("?", ""));
                int from = Integer.MIN_VALUE;
                int until = Integer.MAX_VALUE;
                for (int w = 2; w + 1 < words.length; w += 2) {
                    int day = (int) LocalDate.parse(words[w + 1]).toEpochDay();
                    if (words[w].equals("from")) {
                        from = day;
                    } else {
                        until = day;
                    }
                }
                segments.add(kind, region, from, until, places);
            }
        }
    }

    private static void readGrids(String text, Map<String, Integer> regionOf, int cno, Builder segments) {
        int[] columns = new int[0];
        for (String line : text.split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("  \"")) {
                String[] words = line.trim().split(" ");
                columns = new int[words.length];
                for (int c = 0; c < words.length; c++) {
                    columns[c] = (int) LocalDate.parse(words[c]).toEpochDay();
                }
            } else if (line.startsWith("  \"")) {
                String rest = line.substring(line.indexOf("\" in ") + 5);
                String[] words = rest.split(" ");
                int region = regionOf.get(words[0]);
                for (int c = 0; c < columns.length; c++) {
                    String cell = words[c + 1];
                    if (!cell.equals("-")) {
                        int until = c + 1 < columns.length ? columns[c + 1] : Integer.MAX_VALUE;
                        segments.add(cno, region, columns[c], until, Long.parseLong(cell.replace("?", "")));
                    }
                }
            }
        }
    }

    /** Growing primitive arrays. */
    private static final class Builder {
        private int[] kind = new int[1024];
        private int[] region = new int[1024];
        private int[] from = new int[1024];
        private int[] until = new int[1024];
        private long[] places = new long[1024];
        private int count;

        void add(int k, int r, int f, int u, long p) {
            if (count == kind.length) {
                kind = Arrays.copyOf(kind, count * 2);
                region = Arrays.copyOf(region, count * 2);
                from = Arrays.copyOf(from, count * 2);
                until = Arrays.copyOf(until, count * 2);
                places = Arrays.copyOf(places, count * 2);
            }
            kind[count] = k;
            region[count] = r;
            from[count] = f;
            until[count] = u;
            places[count] = p;
            count++;
        }

        Segments build(Map<String, Integer> kinds, int regions) {
            return new Segments(kind, region, from, until, places, count, kinds, regions);
        }
    }

    /** For the record: the names of the kinds in row order. */
    public static List<String> kindNames(Segments s) {
        List<String> names = new ArrayList<>(Arrays.asList(new String[s.kinds().size()]));
        s.kinds().forEach((name, index) -> names.set(index, name));
        return names;
    }
}

package dev.caplan.synth;

import java.time.LocalDate;
import java.util.Random;

/**
 * Locations with one to four capacity segments each: contracts that start and end on the first
 * of a month, some open-ended, some followed by a tentative extension with an option to extend.
 */
final class Locations {
    private final Random random;
    private final ModelGenerator.Settings settings;

    Locations(Random random, ModelGenerator.Settings settings) {
        this.random = random;
        this.settings = settings;
    }

    String text(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            location(out, i);
        }
        return out.toString();
    }

    private void location(StringBuilder out, int index) {
        String kind = ModelGenerator.KINDS[random.nextInt(ModelGenerator.KINDS.length)];
        int municipality = 1 + random.nextInt(ModelGenerator.MUNICIPALITIES);
        out.append("location \"L").append(String.format("%05d", index + 1)).append("\" in ")
                .append(Areas.municipality(municipality)).append(" kind ").append(kind).append(" {\n");
        int months = settings.years() * 12;
        int start = random.nextInt(months / 2);
        int segments = 1 + random.nextInt(4);
        int places = 25 * (1 + random.nextInt(24));
        for (int s = 0; s < segments && start < months; s++) {
            int length = 3 + random.nextInt(months / 2);
            boolean openStart = s == 0 && random.nextInt(10) == 0;
            boolean openEnd = s == segments - 1 && random.nextInt(6) == 0;
            boolean tentative = s > 0 && random.nextInt(3) == 0;
            out.append("  capacity ").append(places).append(tentative ? "?" : "");
            if (!openStart) {
                out.append(" from ").append(month(start));
            }
            if (!openEnd) {
                out.append(" until ").append(month(Math.min(start + length, months + 12)));
            }
            out.append('\n');
            start += length;
            places = Math.max(25, places + 25 * (random.nextInt(5) - 2));
            if (openEnd) {
                break;
            }
        }
        if (random.nextInt(5) == 0) {
            out.append("  option extend until ").append(month(months + 12)).append('\n');
        }
        if (random.nextInt(20) == 0) {
            out.append("  group AMV ").append(5 + random.nextInt(20)).append('\n');
        }
        out.append("}\n");
    }

    private String month(int offset) {
        return LocalDate.of(settings.firstYear(), 1, 1).plusMonths(offset).toString();
    }
}

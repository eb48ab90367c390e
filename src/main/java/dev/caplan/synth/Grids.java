package dev.caplan.synth;

import java.time.LocalDate;
import java.util.Random;

/** One CNO grid table per region: a dozen rows of crisis places, one column per month of the first two years. */
final class Grids {
    private static final int ROWS = 12;
    private static final int COLUMNS = 24;

    private final Random random;
    private final ModelGenerator.Settings settings;

    Grids(Random random, ModelGenerator.Settings settings) {
        this.random = random;
        this.settings = settings;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (int r = 1; r <= ModelGenerator.REGIONS; r++) {
            out.append("table cno_").append(Areas.region(r)).append(" kind CNO {\n ");
            for (int c = 0; c < COLUMNS; c++) {
                out.append(' ').append(LocalDate.of(settings.firstYear(), 1, 1).plusMonths(c));
            }
            out.append('\n');
            for (int row = 0; row < ROWS; row++) {
                int municipality = r + ModelGenerator.REGIONS * random.nextInt(ModelGenerator.MUNICIPALITIES / ModelGenerator.REGIONS);
                out.append("  \"CNO ").append(Areas.region(r)).append('-').append(row + 1).append("\" in ")
                        .append(Areas.municipality(municipality));
                int places = 10 * random.nextInt(30);
                for (int c = 0; c < COLUMNS; c++) {
                    if (random.nextInt(4) == 0) {
                        places = Math.max(0, places + 10 * (random.nextInt(7) - 3));
                    }
                    out.append(' ').append(places == 0 ? "-" : places + (random.nextInt(15) == 0 ? "?" : ""));
                }
                out.append('\n');
            }
            out.append("}\n");
        }
        return out.toString();
    }
}

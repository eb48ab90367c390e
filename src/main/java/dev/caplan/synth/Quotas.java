package dev.caplan.synth;

import java.util.Random;

/**
 * A population key over every level, a national level quota (one decision a year) divided by
 * the key, and a half-yearly flow quota for status holders with actuals for the first years and
 * an opening backlog, carried as a deficit.
 */
final class Quotas {
    private final Random random;
    private final ModelGenerator.Settings settings;

    Quotas(Random random, ModelGenerator.Settings settings) {
        this.random = random;
        this.settings = settings;
    }

    String text() {
        StringBuilder out = new StringBuilder("key population weights \"inhabitants\" {\n");
        for (int p = 1; p <= ModelGenerator.PROVINCES; p++) {
            out.append("  ").append(Areas.province(p)).append(' ').append(inhabitants()).append('\n');
        }
        for (int r = 1; r <= ModelGenerator.REGIONS; r++) {
            out.append("  ").append(Areas.region(r)).append(' ').append(inhabitants()).append('\n');
        }
        for (int m = 1; m <= ModelGenerator.MUNICIPALITIES; m++) {
            out.append("  ").append(Areas.municipality(m)).append(' ').append(inhabitants() / 20).append('\n');
        }
        out.append("}\n\nquota azc_places \"places needed\" level by population {\n");
        int needed = settings.locations() * 250; // about what the generated locations offer, so surpluses are small
        for (int y = 0; y < settings.years(); y++) {
            needed += needed / 50 * (random.nextInt(11) - 3);
            out.append("  Netherlands ").append(needed).append(y >= settings.years() - 2 ? "?" : "")
                    .append(" from ").append(settings.firstYear() + y).append("-01-01\n");
        }
        out.append("}\n\nquota status_holders \"status holders to house\" flow per half-year by population {\n")
                .append("  carry deficit\n");
        for (int y = 0; y < settings.years(); y++) {
            for (int h = 1; h <= 2; h++) {
                out.append("  Netherlands ").append(10_000 + 500 * random.nextInt(20)).append(" in ")
                        .append(settings.firstYear() + y).append("-H").append(h).append('\n');
            }
        }
        for (int r = 1; r <= ModelGenerator.REGIONS; r++) {
            out.append("  ").append(Areas.region(r)).append(" backlog ").append(random.nextInt(100)).append(" in ")
                    .append(settings.firstYear()).append("-H1\n");
        }
        out.append("}\n\nactual status_holders {\n");
        for (int r = 1; r <= ModelGenerator.REGIONS; r++) {
            for (int h = 0; h < Math.min(4, settings.years() * 2); h++) {
                out.append("  ").append(Areas.region(r)).append(' ').append(200 + random.nextInt(400)).append(" in ")
                        .append(settings.firstYear() + h / 2).append("-H").append(h % 2 + 1).append('\n');
            }
        }
        return out.append("}\n").toString();
    }

    private int inhabitants() {
        return 100_000 + random.nextInt(2_000_000);
    }
}

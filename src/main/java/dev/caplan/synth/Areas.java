package dev.caplan.synth;

/** The area hierarchy: one country, 12 provinces, 25 regions, 342 municipalities, dealt round-robin. */
final class Areas {

    private Areas() {
    }

    static String text() {
        StringBuilder out = new StringBuilder("country Netherlands\n");
        for (int p = 1; p <= ModelGenerator.PROVINCES; p++) {
            out.append("province ").append(province(p)).append(" in Netherlands\n");
        }
        for (int r = 1; r <= ModelGenerator.REGIONS; r++) {
            out.append("region ").append(region(r)).append(" in ").append(province(provinceOf(r))).append('\n');
        }
        for (int m = 1; m <= ModelGenerator.MUNICIPALITIES; m++) {
            out.append("municipality ").append(municipality(m)).append(" in ").append(region(regionOf(m))).append('\n');
        }
        return out.toString();
    }

    static String province(int p) {
        return String.format("P%02d", p);
    }

    static String region(int r) {
        return String.format("R%02d", r);
    }

    static String municipality(int m) {
        return String.format("M%03d", m);
    }

    static int provinceOf(int region) {
        return (region - 1) % ModelGenerator.PROVINCES + 1;
    }

    static int regionOf(int municipality) {
        return (municipality - 1) % ModelGenerator.REGIONS + 1;
    }
}

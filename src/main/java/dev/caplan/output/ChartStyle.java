package dev.caplan.output;

/**
 * How a chart's series look: a colour from a palette that colour-blind readers can tell apart
 * (Okabe and Ito), and, for print in grey, a dash for a line or a texture for a bar or an area.
 * A tentative part is the series' colour hatched on white.
 */
final class ChartStyle {
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#666666", "#000000"};
    private static final String[] DASHES = {"", "7 4", "2 3", "9 3 2 3", "4 4", "12 4", "2 6", "6 2 2 2"};
    private static final int TEXTURES = 5;

    private final String id;

    ChartStyle(String id) {
        this.id = id;
    }

    /** A series' colour; series -1 is the legend's grey, for the notes. */
    String colour(int series) {
        return series < 0 ? "#555555" : COLOURS[series % COLOURS.length];
    }

    /** The stroke-dasharray attribute of a series' line, or nothing for a solid one. */
    String dash(int series) {
        String dash = DASHES[(series + series / DASHES.length) % DASHES.length];
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    String fill(int series) {
        return id + "-fill-" + series;
    }

    String hatch(int series) {
        return id + "-hatch-" + (series < 0 ? "note" : String.valueOf(series));
    }

    /** The patterns of {@code count} series: a textured fill and a hatch each. */
    String definitions(int count) {
        StringBuilder defs = new StringBuilder("<defs>\n");
        for (int s = -1; s < count; s++) {
            String colour = colour(s);
            if (s >= 0) {
                defs.append("<pattern id=\"").append(fill(s)).append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
                    .append("<rect width=\"8\" height=\"8\" fill=\"").append(colour).append("\"/>")
                        .append(texture((s + s / COLOURS.length) % TEXTURES)).append("</pattern>\n");
            }
            defs.append("<pattern id=\"").append(hatch(s)).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                    .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
                    .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"3\"/></pattern>\n");
        }
        return defs.append("</defs>\n").toString();
    }

    /** White marks over the colour: none, dots, vertical lines, horizontal lines, a grid. */
    private static String texture(int kind) {
        String mark = "stroke=\"#fff\" stroke-opacity=\"0.6\" stroke-width=\"1.5\"";
        return switch (kind) {
            case 1 -> "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#fff\" fill-opacity=\"0.7\"/>";
            case 2 -> "<line x1=\"4\" y1=\"0\" x2=\"4\" y2=\"8\" " + mark + "/>";
            case 3 -> "<line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" " + mark + "/>";
            case 4 -> "<path d=\"M4 0V8M0 4H8\" " + mark + "/>";
            default -> "";
        };
    }
}

package dev.caplan.output;

import dev.caplan.result.ChartData;
import dev.caplan.result.ChartData.Measure;
import dev.caplan.result.DayRange;
import dev.caplan.result.ResultCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chart as static SVG text, to read on screen and on paper: levels as step lines (a grouped level
 * as stacked step areas), flows as bars per period (a grouped flow stacked). A tentative part
 * (between the firm and the expected value) is hatched, a range is a band (a whisker on a bar), and
 * an unknown stretch is a gap, never a zero. Series differ by dash or texture as well as by colour,
 * so a grey print still tells them apart. Every text from the model is escaped; every id carries
 * {@code id}, so several charts can share one HTML page.
 */
public final class SvgChart {
    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\"";
    private static final int TOP = 30;
    private static final int RIGHT = 16;
    private static final int BOTTOM = 26;
    private static final int LEGEND_ROW = 18;
    private static final double CHAR_WIDTH = 6.8;
    private static final int NAME_CHARS = 40;

    private final ChartData chart;
    private final ChartSize size;
    private final String id;
    private final ChartStyle style;
    private final StringBuilder out = new StringBuilder();
    private final List<Mark> marks;
    private double left;
    private double plotTop;
    private double plotBottom;
    private double plotRight;
    private long firstDay;
    private long endDay;
    private BigDecimal lowest;
    private BigDecimal highest;

    private SvgChart(ChartData chart, ChartSize size, String id) {
        this.chart = chart;
        this.size = size;
        this.id = id;
        this.style = new ChartStyle(id);
        this.marks = Mark.of(chart);
    }

    /** The chart as an {@code <svg>} element; {@code id} (letters, digits, dashes) prefixes its ids. */
    public static String render(ChartData chart, ChartSize size, String id) {
        if (!id.matches("[A-Za-z][A-Za-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        return new SvgChart(chart, size, id).draw();
    }

    private String draw() {
        List<String> legend = legendLines();
        int legendHeight = legendRows(legend) * LEGEND_ROW + 6;
        range();
        List<BigDecimal> ticks = ChartScale.valueTicks(lowest, highest, Math.max(2, (size.height() - 120) / 45));
        lowest = ticks.get(0);
        highest = ticks.get(ticks.size() - 1);
        int labelChars = ticks.stream().mapToInt(t -> Numbers.formatRounded(t).length()).max().orElse(1);
        left = Math.max(44, 22 + labelChars * CHAR_WIDTH);
        plotTop = TOP;
        plotRight = size.width() - RIGHT;
        plotBottom = Math.max(plotTop + 40, size.height() - BOTTOM - legendHeight);
        firstDay = chart.spans().get(0).days().first().toEpochDay();
        endDay = chart.spans().get(chart.spans().size() - 1).days().last().toEpochDay() + 1;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"caplan-chart\" width=\"").append(size.width())
                .append("\" height=\"").append(size.height()).append("\" viewBox=\"0 0 ").append(size.width()).append(' ')
                .append(size.height()).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" ")
                .append(FONT).append(">\n<title id=\"").append(id).append("-title\">").append(escape(chart.title()))
                .append("</title>\n");
        out.append(style.definitions(chart.series().size()));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        out.append("<text class=\"chart-title\" x=\"").append(num(left)).append("\" y=\"16\" font-weight=\"bold\">")
                .append(escape(shortened(chart.title(), (int) ((size.width() - left) / CHAR_WIDTH))))
                .append("</text>\n");
        valueAxis(ticks);
        timeAxis();
        out.append("<g class=\"plot\">\n");
        if (chart.measure() == Measure.FLOW) {
            bars();
        } else {
            areasAndLines();
        }
        out.append("</g>\n");
        legend(legend);
        return out.append("</svg>\n").toString();
    }

    // ---- scales

    private void range() {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (Mark mark : marks) {
            low = low.min(mark.low());
            high = high.max(mark.high());
        }
        if (low.compareTo(high) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        lowest = low;
        highest = high;
    }

    private double x(long day) {
        return left + (plotRight - left) * (day - firstDay) / (double) (endDay - firstDay);
    }

    private double y(BigDecimal value) {
        double share = value.subtract(lowest).doubleValue() / highest.subtract(lowest).doubleValue();
        return plotBottom - (plotBottom - plotTop) * share;
    }

    private void valueAxis(List<BigDecimal> ticks) {
        out.append("<g class=\"value-axis\">\n");
        for (BigDecimal tick : ticks) {
            double at = y(tick);
            boolean zero = tick.signum() == 0;
            out.append("<line x1=\"").append(num(left)).append("\" x2=\"").append(num(plotRight)).append("\" y1=\"")
                    .append(num(at)).append("\" y2=\"").append(num(at)).append("\" stroke=\"")
                    .append(zero ? "#333" : "#ddd").append("\" stroke-width=\"1\"/>\n");
            out.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(at + 4))
                    .append("\" text-anchor=\"end\">").append(escape(Numbers.formatRounded(tick))).append("</text>\n");
        }
        String unit = chart.measure() == Measure.FLOW
                ? "per " + (chart.per() != null ? chart.per() : "period") : "value on the day";
        double middle = (plotTop + plotBottom) / 2;
        out.append("<text class=\"axis-title\" x=\"12\" y=\"").append(num(middle)).append("\" transform=\"rotate(-90 12 ")
                .append(num(middle)).append(")\" text-anchor=\"middle\" fill=\"#555\">").append(escape(unit))
                .append("</text>\n</g>\n");
    }

    private void timeAxis() {
        int room = (int) Math.max(1, (plotRight - left) / 64);
        DayRange all = new DayRange(chart.spans().get(0).days().first(), chart.spans().get(chart.spans().size() - 1).days().last());
        out.append("<g class=\"time-axis\">\n<line x1=\"").append(num(left)).append("\" x2=\"").append(num(plotRight))
                .append("\" y1=\"").append(num(plotBottom)).append("\" y2=\"").append(num(plotBottom))
                .append("\" stroke=\"#333\"/>\n");
        for (ChartScale.TimeTick tick : ChartScale.timeTicks(all.first(), all.last().plusDays(1), room)) {
            double at = x(tick.day().toEpochDay());
            out.append("<line x1=\"").append(num(at)).append("\" x2=\"").append(num(at)).append("\" y1=\"")
                    .append(num(plotBottom)).append("\" y2=\"").append(num(plotBottom + 5)).append("\" stroke=\"#333\"/>\n");
            out.append("<text x=\"").append(num(at)).append("\" y=\"").append(num(plotBottom + 18))
                    .append("\" text-anchor=\"middle\">").append(escape(tick.label())).append("</text>\n");
        }
        out.append("</g>\n");
    }

    // ---- marks

    /** Levels: the stacked groups as step areas first, then the single series as step lines over them. */
    private void areasAndLines() {
        Map<Integer, List<String>> parts = new LinkedHashMap<>();
        for (Mark mark : marks) {
            parts.computeIfAbsent(mark.series(), s -> new ArrayList<>()).add(mark.stacked()
                    ? column(mark, x(mark.from()), x(mark.until())) : band(mark));
        }
        for (int s = 0; s < chart.series().size(); s++) {
            if (chart.series().get(s).stack() != null) {
                group(s, String.join("", parts.getOrDefault(s, List.of())));
            }
        }
        for (int s = 0; s < chart.series().size(); s++) {
            if (chart.series().get(s).stack() == null) {
                group(s, String.join("", parts.getOrDefault(s, List.of())) + line(s));
            }
        }
    }

    /** Flows: a bar per series per period, side by side by stack, stacked within one. */
    private void bars() {
        List<String> slots = new ArrayList<>();
        for (ChartData.Series series : chart.series()) {
            String slot = series.stack() != null ? "stack:" + series.stack() : "series:" + series.name();
            if (!slots.contains(slot)) {
                slots.add(slot);
            }
        }
        Map<Integer, StringBuilder> parts = new LinkedHashMap<>();
        for (Mark mark : marks) {
            ChartData.Series series = chart.series().get(mark.series());
            int slot = slots.indexOf(series.stack() != null ? "stack:" + series.stack() : "series:" + series.name());
            double start = x(mark.from());
            double width = x(mark.until()) - start;
            double slotWidth = width * 0.8 / slots.size();
            double barLeft = start + width * 0.1 + slot * slotWidth;
            double barRight = barLeft + Math.max(1, slotWidth - 1);
            StringBuilder part = parts.computeIfAbsent(mark.series(), s -> new StringBuilder());
            if (mark.cell().isKnown()) {
                part.append(column(mark, barLeft, barRight)).append(whisker(mark, (barLeft + barRight) / 2));
            } else {
                part.append("<text class=\"unknown\" x=\"").append(num((barLeft + barRight) / 2)).append("\" y=\"")
                        .append(num(y(BigDecimal.ZERO) - 4)).append("\" text-anchor=\"middle\" font-size=\"16\" "
                        + "font-weight=\"bold\" fill=\"#555\">").append(Numbers.UNKNOWN).append("</text>");
            }
        }
        for (int s = 0; s < chart.series().size(); s++) {
            group(s, parts.containsKey(s) ? parts.get(s).toString() : "");
        }
    }

    private void group(int series, String content) {
        out.append("<g class=\"series\" data-series=\"").append(escape(chart.series().get(series).name())).append("\">")
                .append(content).append("</g>\n");
    }

    /** A bar or a stretch of a stacked area: solid up to the firm value, hatched on to the expected. */
    private String column(Mark mark, double x0, double x1) {
        if (!mark.cell().isKnown()) {
            return "";
        }
        ResultCell cell = mark.cell();
        BigDecimal firmTop = mark.base().add(cell.firm());
        BigDecimal top = mark.base().add(cell.value());
        StringBuilder part = new StringBuilder(rect(x0, x1, mark.base(), firmTop, "fill=\"url(#" + style.fill(mark.series())
                + ")\" stroke=\"" + style.colour(mark.series()) + "\" stroke-width=\"0.5\""));
        if (cell.tentative()) {
            part.append(rect(x0, x1, firmTop, top, "class=\"tentative\" fill=\"url(#" + style.hatch(mark.series())
                    + ")\" stroke=\"" + style.colour(mark.series()) + "\" stroke-width=\"0.5\""));
        }
        if (cell.hasBounds() && mark.stacked() && chart.measure() == Measure.LEVEL) {
            part.append(rect(x0, x1, mark.base().add(cell.low()), mark.base().add(cell.high()),
                    "class=\"range\" fill=\"none\" stroke=\"#333\" stroke-dasharray=\"3 2\""));
        }
        return part.toString();
    }

    /** A range on a bar: a line from the low to the high value, with caps. */
    private String whisker(Mark mark, double at) {
        if (!mark.cell().hasBounds()) {
            return "";
        }
        double low = y(mark.base().add(mark.cell().low()));
        double high = y(mark.base().add(mark.cell().high()));
        return "<path class=\"range\" d=\"M" + num(at) + " " + num(low) + "V" + num(high) + "M" + num(at - 4) + " "
                + num(low) + "h8M" + num(at - 4) + " " + num(high) + "h8\" stroke=\"#222\" stroke-width=\"1.5\" fill=\"none\"/>";
    }

    /** Behind a step line: its range as a light band and its tentative part hatched. */
    private String band(Mark mark) {
        ResultCell cell = mark.cell();
        if (!cell.isKnown()) {
            return "";
        }
        double x0 = x(mark.from());
        double x1 = x(mark.until());
        StringBuilder part = new StringBuilder();
        if (cell.hasBounds()) {
            part.append(rect(x0, x1, cell.low(), cell.high(), "class=\"range\" fill=\"" + style.colour(mark.series())
                    + "\" fill-opacity=\"0.18\""));
        }
        if (cell.tentative()) {
            part.append(rect(x0, x1, cell.firm(), cell.value(), "class=\"tentative\" fill=\"url(#"
                    + style.hatch(mark.series()) + ")\""));
        }
        return part.toString();
    }

    /** The step line of a single level through its expected values, broken where it is unknown. */
    private String line(int series) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (Mark mark : marks) {
            if (mark.series() != series) {
                continue;
            }
            if (!mark.cell().isKnown()) {
                drawing = false;
                continue;
            }
            double level = y(mark.cell().value());
            path.append(drawing ? "V" + num(level) : "M" + num(x(mark.from())) + " " + num(level))
                    .append("H").append(num(x(mark.until())));
            drawing = true;
        }
        return path.isEmpty() ? "" : "<path class=\"line\" d=\"" + path + "\" fill=\"none\" stroke=\""
                + style.colour(series) + "\" stroke-width=\"2\"" + style.dash(series) + "/>";
    }

    private String rect(double x0, double x1, BigDecimal from, BigDecimal to, String attributes) {
        double top = Math.min(y(from), y(to));
        double height = Math.abs(y(from) - y(to));
        return "<rect x=\"" + num(x0) + "\" y=\"" + num(top) + "\" width=\"" + num(Math.max(0.5, x1 - x0))
                + "\" height=\"" + num(height) + "\" " + attributes + "/>";
    }

    // ---- legend

    /** The series' names, then a note for each mark a reader must be told about. */
    private List<String> legendLines() {
        List<String> lines = new ArrayList<>();
        chart.series().forEach(series -> lines.add(shortened(series.name(), NAME_CHARS)));
        return lines;
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (marks.stream().anyMatch(m -> m.cell().tentative())) {
            notes.add("hatched: tentative");
        }
        if (marks.stream().anyMatch(m -> m.cell().hasBounds())) {
            notes.add(chart.measure() == Measure.FLOW ? "whisker: range" : "band: range");
        }
        if (marks.stream().anyMatch(m -> !m.cell().isKnown())) {
            notes.add(chart.measure() == Measure.FLOW ? Numbers.UNKNOWN + " : unknown (no bar)" : "gap: unknown");
        }
        return notes;
    }

    private int legendRows(List<String> names) {
        int rows = 1;
        double at = 0;
        double width = size.width() - RIGHT - 8;
        List<String> all = new ArrayList<>(names);
        all.addAll(notes());
        for (String name : all) {
            double entry = 30 + name.length() * CHAR_WIDTH + 14; // a note without a swatch takes less: rows are never too few
            if (at > 0 && at + entry > width) {
                rows++;
                at = 0;
            }
            at += entry;
        }
        return rows;
    }

    private void legend(List<String> names) {
        double rowTop = plotBottom + BOTTOM + 4;
        double at = 8;
        double width = size.width() - RIGHT - 8;
        out.append("<g class=\"legend\">\n");
        List<String> all = new ArrayList<>(names);
        all.addAll(notes());
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            double entry = 30 + text.length() * CHAR_WIDTH + 14;
            if (at > 8 && at + entry > width) {
                rowTop += LEGEND_ROW;
                at = 8;
            }
            double middle = rowTop + LEGEND_ROW / 2.0;
            boolean series = i < names.size();
            out.append(series ? "<g class=\"legend-entry\" data-series=\"" + escape(chart.series().get(i).name()) + "\">"
                    : "<g class=\"legend-note\">");
            String swatch = series ? swatch(i, at, middle) : noteSwatch(text, at, middle);
            out.append(swatch);
            double textAt = at + (swatch.isEmpty() ? 0 : 30);
            out.append("<text x=\"").append(num(textAt)).append("\" y=\"").append(num(middle + 4))
                    .append("\"").append(series ? "" : " fill=\"#555\"").append(">").append(escape(text))
                    .append("</text></g>\n");
            at += entry - (swatch.isEmpty() ? 30 : 0);
        }
        out.append("</g>\n");
    }

    /** What a note's mark looks like, in grey: a hatch for tentative, a band or a whisker for a range. */
    private String noteSwatch(String note, double at, double middle) {
        if (note.startsWith("hatched")) {
            return "<rect x=\"" + num(at) + "\" y=\"" + num(middle - 6) + "\" width=\"24\" height=\"12\" fill=\"url(#"
                    + style.hatch(-1) + ")\" stroke=\"#555\" stroke-width=\"0.5\"/>";
        } else if (note.startsWith("band")) {
            return "<rect x=\"" + num(at) + "\" y=\"" + num(middle - 6) + "\" width=\"24\" height=\"12\" fill=\"#555\" "
                    + "fill-opacity=\"0.18\"/>";
        } else if (note.startsWith("whisker")) {
            return "<path d=\"M" + num(at + 12) + " " + num(middle - 6) + "v12M" + num(at + 8) + " " + num(middle - 6)
                    + "h8M" + num(at + 8) + " " + num(middle + 6) + "h8\" stroke=\"#222\" stroke-width=\"1.5\" fill=\"none\"/>";
        }
        return "";
    }

    private String swatch(int series, double at, double middle) {
        boolean lineSwatch = chart.measure() == Measure.LEVEL && chart.series().get(series).stack() == null;
        if (lineSwatch) {
            return "<path d=\"M" + num(at) + " " + num(middle) + "h24\" stroke=\"" + style.colour(series)
                    + "\" stroke-width=\"2\"" + style.dash(series) + "/>";
        }
        return "<rect x=\"" + num(at) + "\" y=\"" + num(middle - 6) + "\" width=\"24\" height=\"12\" fill=\"url(#"
                + style.fill(series) + ")\" stroke=\"" + style.colour(series) + "\"/>";
    }

    // ---- text

    private static String shortened(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, Math.max(1, chars - 1)) + "…";
    }

    static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Text for XML: markup characters and both quotes escaped, control characters shown as escapes. */
    static String escape(String text) {
        StringBuilder valid = new StringBuilder(text.length());
        text.codePoints().forEach(c -> valid.appendCodePoint(c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c == 0xFFFE || c == 0xFFFF || c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c)); // not allowed in XML at all
        return HtmlTableRenderer.escape(valid.toString());
    }
}

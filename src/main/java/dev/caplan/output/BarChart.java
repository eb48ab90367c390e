package dev.caplan.output;

import dev.caplan.diag.Visible;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts in the terminal: one line per period, one bar per series, drawn with Unicode blocks
 * to an eighth of a character; a scale on top, a legend below, the value at the end of each bar.
 * A negative value's bar is as long as its size, with a minus sign before it; an unknown value is
 * {@code - (unknown)}, never an empty bar that would read as zero. Labels show invisible characters
 * escaped. The caller keeps it within the limits of every chart ({@code Limits.CHART_BARS} lines
 * per series), since it draws a line per bar.
 */
public final class BarChart {
    private static final int WIDTH = 50;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    private static final String[] SHADES = {"█", "▓", "▒", "░"};

    private BarChart() {
    }

    /** The rows of the tables as bars, one group of bars per column. */
    public static String render(List<ResultTable> tables) {
        List<String> labels = new ArrayList<>();
        List<List<ResultCell>> series = new ArrayList<>();
        for (ResultTable table : tables) {
            for (ResultRow row : table.rows()) {
                labels.add(Visible.text(row.label()));
                series.add(row.cells());
            }
        }
        List<String> columns = tables.get(0).columns().stream().map(Visible::text).toList();
        BigDecimal max = BigDecimal.ONE;
        for (List<ResultCell> cells : series) {
            for (ResultCell cell : cells) {
                if (cell.isKnown()) {
                    max = max.max(cell.value().abs());
                }
            }
        }
        int labelWidth = columns.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        String scale = Numbers.formatRounded(max);
        out.append(" ".repeat(labelWidth + 1)).append("0").append(" ".repeat(Math.max(1, WIDTH - 1 - scale.length())))
                .append(scale).append('\n');
        for (int c = 0; c < columns.size(); c++) {
            for (int s = 0; s < series.size(); s++) {
                String label = s == 0 ? columns.get(c) : "";
                ResultCell cell = series.get(s).get(c);
                out.append(String.format("%-" + labelWidth + "s ", label)).append(bar(cell, max, SHADES[s % SHADES.length]))
                        .append('\n');
            }
        }
        if (series.size() > 1 || tables.size() > 1) {
            out.append("legend:");
            for (int s = 0; s < labels.size(); s++) {
                out.append("  ").append(SHADES[s % SHADES.length]).append(' ').append(labels.get(s));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String bar(ResultCell cell, BigDecimal max, String block) {
        if (!cell.isKnown()) {
            return "- (unknown)";
        }
        BigDecimal value = cell.value();
        int eighths = value.abs().multiply(BigDecimal.valueOf(WIDTH * 8L)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        String bar = block.repeat(eighths / 8) + (block.equals("█") ? EIGHTHS[eighths % 8] : "");
        String number = HumanText.cell(cell);
        return (value.signum() < 0 ? "-" : "") + bar + " " + number;
    }
}

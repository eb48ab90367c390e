package dev.caplan.memo;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.output.HtmlTableRenderer;
import dev.caplan.output.MarkdownTableRenderer;
import dev.caplan.output.SvgChart;
import dev.caplan.output.Wording;
import dev.caplan.result.ResultTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A memo as GitHub-flavoured Markdown: the memo's own text as written, line for line, with each
 * {@code caplan} block replaced by what it shows (tables as pipe tables) and each inline value by
 * its number; the front matter gives way to the stamp at the foot. Working on the memo's lines
 * rather than printing the parse tree keeps the author's Markdown exactly as it was written.
 */
final class MarkdownMemo {

    private MarkdownMemo() {
    }

    /**
     * The memo as Markdown; each chart is put into {@code charts} as SVG under the name it is linked
     * by ({@code PREFIX-chart-1.svg}, in the order they stand), for the caller to write beside it.
     */
    static String render(MemoDocument document, FrontMatter front, Stamp stamp, String chartPrefix,
                         Map<String, String> charts) {
        Map<Integer, MemoNodes.Block> blocksByLine = new HashMap<>();
        document.blocks.forEach(block -> blocksByLine.put(block.firstLine, block));
        Map<Integer, List<MemoNodes.Value>> valuesByLine = new HashMap<>();
        document.values.forEach(value -> valuesByLine.computeIfAbsent(value.span.line(), l -> new ArrayList<>()).add(value));
        List<String> lines = document.memo.text().lines().toList();
        StringBuilder out = new StringBuilder();
        int line = front.lines() + 1;
        while (line <= lines.size() && lines.get(line - 1).isBlank()) {
            line++; // the blank lines after the front matter
        }
        for (; line <= lines.size(); line++) {
            MemoNodes.Block block = blocksByLine.get(line);
            if (block != null) {
                out.append(block(block, front.wording(), chartPrefix, charts));
                line = block.lastLine;
                continue;
            }
            out.append(values(lines.get(line - 1), valuesByLine.getOrDefault(line, List.of()), front.wording()))
                    .append('\n');
        }
        return out.append("\n---\n\n*").append(MarkdownTableRenderer.escape(stamp.line())).append("*\n").toString();
    }

    private static String block(MemoNodes.Block block, Wording wording, String chartPrefix, Map<String, String> charts) {
        List<String> parts = new ArrayList<>();
        for (MemoNodes.Answered line : block.lines) {
            Shown shown = line.shown();
            if (shown instanceof Shown.Tables tables) {
                for (ResultTable table : tables.tables()) {
                    parts.add(MarkdownTableRenderer.render(table, wording));
                }
            } else if (shown instanceof Shown.Explained explained) {
                parts.add(fenced(explained.tree()));
            } else if (shown instanceof Shown.Checked checked) {
                parts.add(checks(checked));
            } else if (shown instanceof Shown.Chart chart) {
                String name = chartPrefix + "-chart-" + (charts.size() + 1) + ".svg";
                charts.put(name, SvgChart.render(chart.chart(), chart.size(), "chart-" + (charts.size() + 1)));
                parts.add("![" + MarkdownTableRenderer.escape(chart.chart().title()) + "](" + link(name) + ")\n");
            } else if (shown instanceof Shown.Failed failed) {
                parts.add(failure(failed.diagnostics()));
            }
        }
        return String.join("\n", parts);
    }

    private static String checks(Shown.Checked checked) {
        StringBuilder out = new StringBuilder("**" + MarkdownTableRenderer.escape(checked.verdict()) + "**\n");
        if (!checked.findings().isEmpty()) {
            out.append('\n');
        }
        for (int i = 0; i < checked.findings().size(); i++) {
            Diagnostic finding = checked.findings().get(i);
            out.append("- ").append(finding.isError() ? "**fails**" : "warning").append(": ")
                    .append(MarkdownTableRenderer.escape(finding.message())).append(" (")
                    .append(MarkdownTableRenderer.escape(checked.places().get(i))).append(" [")
                    .append(finding.code().id()).append("])");
            if (finding.hint() != null) {
                out.append("  \n  ").append(MarkdownTableRenderer.escape(finding.hint()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String failure(List<Diagnostic> diagnostics) {
        return "> **This could not be shown:**\n\n" + fenced(DiagnosticRenderer.render(diagnostics));
    }

    /** A file name as a link target: characters that would end or break it percent-encoded. */
    private static String link(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            boolean plain = ch < 0x80 && (Character.isLetterOrDigit(ch) || "-_.~".indexOf(ch) >= 0);
            out.append(plain ? String.valueOf(ch) : String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    /** Text in a fence longer than any run of backticks in it, so nothing in it can close the fence. */
    private static String fenced(String text) {
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence + "text\n" + (text.endsWith("\n") ? text : text + "\n") + fence + "\n";
    }

    /** The line with each of its inline values, in order, replaced by its number (or its error). */
    private static String values(String line, List<MemoNodes.Value> values, Wording wording) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (MemoNodes.Value value : values) {
            int at = line.indexOf(value.written, from);
            if (at < 0) {
                continue; // written with escapes the parser undid: left as it is
            }
            out.append(line, from, at).append(shown(value, wording));
            from = at + value.written.length();
        }
        return out.append(line.substring(from)).toString();
    }

    private static String shown(MemoNodes.Value value, Wording wording) {
        if (value.shown instanceof Shown.Value shown) {
            return MarkdownTableRenderer.escape(HtmlTableRenderer.text(shown.cell(), shown.format(), wording));
        } else if (value.shown instanceof Shown.Failed failed) {
            return "**" + MarkdownTableRenderer.escape(value.written + " "
                    + DiagnosticRenderer.render(failed.diagnostics()).lines().findFirst().orElse("")) + "**";
        }
        return MarkdownTableRenderer.escape(value.written);
    }
}

package dev.caplan.memo;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.output.HtmlTableRenderer;
import dev.caplan.output.SvgChart;
import dev.caplan.output.Wording;
import dev.caplan.result.ResultTable;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A memo as one self-contained HTML page: the CSS inline, no script, no link to anything outside,
 * so it opens the same anywhere, offline, and prints on A4. The memo's own raw HTML is shown as
 * text and unsafe links are dropped ({@code escapeHtml}, {@code sanitizeUrls}); every text from the
 * model is escaped ({@link HtmlTableRenderer#escape}). Each number carries {@code data-line} (its
 * line in the memo) and {@code data-figure} (what it is), which the staleness check reads back.
 */
final class HtmlMemo {

    private HtmlMemo() {
    }

    static String render(MemoDocument document, FrontMatter front, Stamp stamp, String fallbackTitle) {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
                .escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(context -> new Answered(context, document, front.wording()))
                .build();
        String title = document.title() != null ? document.title() : fallbackTitle;
        return "<!DOCTYPE html>\n<html lang=\"" + HtmlTableRenderer.escape(front.lang()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"caplan\">\n"
                + "<title>" + HtmlTableRenderer.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<main>\n" + renderer.render(document.root) + "</main>\n"
                + "<footer class=\"stamp\">" + HtmlTableRenderer.escape(stamp.line()) + "</footer>\n"
                + "</body>\n</html>\n";
    }

    /** Renders the answered nodes; CommonMark renders the rest of the memo. */
    private static final class Answered implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final MemoDocument document;
        private final Wording wording;

        Answered(HtmlNodeRendererContext context, MemoDocument document, Wording wording) {
            this.context = context;
            this.document = document;
            this.wording = wording;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MemoNodes.Block.class, MemoNodes.Value.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MemoNodes.Block block) {
                context.getWriter().line();
                context.getWriter().raw(block(block, wording));
                context.getWriter().line();
            } else if (node instanceof MemoNodes.Value value) {
                context.getWriter().raw(value(value, wording));
            }
        }
    }

    private static String block(MemoNodes.Block block, Wording wording) {
        StringBuilder out = new StringBuilder("<div class=\"caplan\" data-line=\"" + block.firstLine + "\">\n");
        for (MemoNodes.Answered line : block.lines) {
            String source = String.valueOf(line.directive().line());
            Shown shown = line.shown();
            if (shown instanceof Shown.Tables tables) {
                for (ResultTable table : tables.tables()) {
                    out.append(HtmlTableRenderer.render(table, source, wording));
                }
            } else if (shown instanceof Shown.Explained explained) {
                out.append("<pre class=\"explain\">").append(HtmlTableRenderer.escape(explained.tree()))
                        .append("</pre>\n");
            } else if (shown instanceof Shown.Checked checked) {
                out.append(checks(checked, source));
            } else if (shown instanceof Shown.Chart chart) {
                out.append("<figure class=\"chart\" data-line=\"").append(source).append("\">\n")
                        .append(SvgChart.render(chart.chart(), chart.size(), "chart-" + source)).append("</figure>\n");
            } else if (shown instanceof Shown.Failed failed) {
                out.append(failure(failed.diagnostics()));
            }
        }
        return out.append("</div>\n").toString();
    }

    private static String checks(Shown.Checked checked, String source) {
        StringBuilder out = new StringBuilder("<div class=\"checks\">\n");
        String verdict = checked.verdict();
        out.append("<p class=\"verdict ").append(checked.failed() > 0 ? "failed" : "ok").append("\" data-line=\"")
                .append(source).append("\" data-figure=\"checks\">").append(HtmlTableRenderer.escape(verdict))
                .append("</p>\n");
        if (!checked.findings().isEmpty()) {
            out.append("<ul>\n");
            for (int i = 0; i < checked.findings().size(); i++) {
                Diagnostic finding = checked.findings().get(i);
                out.append("<li class=\"").append(finding.isError() ? "error" : "warning").append("\">")
                        .append("<span class=\"severity\">").append(finding.isError() ? "fails" : "warning")
                        .append("</span> ").append(HtmlTableRenderer.escape(finding.message()))
                        .append(" <span class=\"where\">").append(HtmlTableRenderer.escape(checked.places().get(i)))
                        .append(" [").append(HtmlTableRenderer.escape(finding.code().id())).append("]</span>");
                if (finding.hint() != null) {
                    out.append("<br><span class=\"hint\">").append(HtmlTableRenderer.escape(finding.hint()))
                            .append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</div>\n").toString();
    }

    private static String failure(List<Diagnostic> diagnostics) {
        return "<div class=\"failure\" role=\"alert\"><p>This could not be shown:</p>\n<pre>"
                + HtmlTableRenderer.escape(DiagnosticRenderer.render(diagnostics)) + "</pre></div>\n";
    }

    private static String value(MemoNodes.Value value, Wording wording) {
        String source = String.valueOf(value.span.line());
        if (value.shown instanceof Shown.Value shown) {
            return HtmlTableRenderer.value(shown.cell(), shown.format(), source, value.asked.shown(), wording);
        } else if (value.shown instanceof Shown.Failed failed) {
            return "<span class=\"failure\" role=\"alert\">" + HtmlTableRenderer.escape(value.written) + " <code>"
                    + HtmlTableRenderer.escape(DiagnosticRenderer.render(failed.diagnostics()).lines().findFirst()
                    .orElse("")) + "</code></span>";
        }
        return HtmlTableRenderer.escape(value.written);
    }

    /** Readable on screen, and on paper: tables do not break across pages, the stamp stays small. */
    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff;
                   max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
            h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
            table { border-collapse: collapse; margin: 1rem 0; font: 14px/1.4 "Helvetica Neue", Arial, sans-serif;
                    font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
            th, td { border-bottom: 1px solid #ccc; padding: .25rem .6rem; vertical-align: top; }
            thead th { border-bottom: 2px solid #333; text-align: left; }
            th.num, td.num { text-align: right; white-space: nowrap; }
            tfoot th, tfoot td { border-top: 2px solid #333; font-weight: bold; }
            tbody th { font-weight: normal; text-align: left; }
            .tentative { background: #fff4d6; }
            .unknown { color: #777; }
            .partial { font-style: italic; }
            span.value { white-space: nowrap; border-bottom: 1px dotted #999; }
            .footnotes { font-size: 13px; color: #444; margin-top: -.5rem; }
            pre { font: 13px/1.4 Menlo, Consolas, monospace; background: #f6f6f6; padding: .6rem; overflow-x: auto;
                  white-space: pre-wrap; }
            .checks .verdict { font-weight: bold; }
            .checks .verdict.failed, .checks .error .severity { color: #a40000; }
            .checks .warning .severity { color: #8a5a00; }
            .checks .where, .checks .hint { color: #555; font-size: 14px; }
            figure.chart { margin: 1rem 0; }
            figure.chart svg { display: block; max-width: 100%; height: auto; }
            .failure { color: #a40000; }
            div.failure { border-left: 4px solid #a40000; padding-left: .8rem; }
            .stamp { margin-top: 3rem; border-top: 1px solid #ccc; padding-top: .5rem; font-size: 12px; color: #555; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; }
              table, pre, .checks, figure.chart { page-break-inside: avoid; }
              h1, h2, h3 { page-break-after: avoid; }
              .tentative { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            @page { size: A4; margin: 2cm; }
            """;
}

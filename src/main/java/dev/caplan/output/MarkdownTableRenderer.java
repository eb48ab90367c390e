package dev.caplan.output;

import dev.caplan.result.Heading;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A result table as a GitHub-flavoured Markdown table inside a document (a rendered memo): the
 * title in bold above it rather than a heading, so it does not break the document's outline, and
 * every text from the model escaped, so a label cannot start a column, a link, emphasis or HTML.
 * The marks and footnotes are the table format's.
 */
public final class MarkdownTableRenderer {

    /**
     * What Markdown could read as syntax inside a line (code, emphasis, links, HTML, a column, an
     * entity): each is written with a backslash before it. Text never starts a line here (a cell,
     * a bold title), so what matters only there ({@code #}, {@code -}) is left alone.
     */
    private static final String SPECIAL = "\\`*_[]<>|~&";

    private MarkdownTableRenderer() {
    }

    public static String render(ResultTable table) {
        return render(table, Wording.ENGLISH);
    }

    /** The same in {@code wording}: numbers, days and footnotes ({@code 1.965?}, {@code 1 juli 2023}). */
    public static String render(ResultTable table, Wording wording) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(escape(HumanText.heading(table))).append("**\n\n");
        List<String> header = new ArrayList<>();
        header.add(escape(table.rowHeader()));
        table.headings().stream().map(wording::label).map(MarkdownTableRenderer::escape).forEach(header::add);
        out.append(line(header));
        out.append("|---").append("|---:".repeat(table.headings().size())).append("|\n");
        for (ResultRow row : table.rows()) {
            out.append(line(cells(row, false, wording)));
        }
        if (table.total() != null) {
            out.append(line(cells(table.total(), true, wording)));
        }
        for (String footnote : HumanText.footnotes(table, wording).lines().toList()) {
            out.append('\n').append(escape(footnote)).append('\n');
        }
        return out.toString();
    }

    private static List<String> cells(ResultRow row, boolean bold, Wording wording) {
        List<String> cells = new ArrayList<>();
        cells.add(strong(escape(row.days() == null ? row.label() : wording.period(row.label())), bold));
        row.cells().forEach(cell -> cells.add(strong(escape(HumanText.cell(cell, row.format(), wording)), bold)));
        return cells;
    }

    private static String strong(String text, boolean bold) {
        return bold && !text.isEmpty() ? "**" + text + "**" : text;
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Text for Markdown: punctuation that could be syntax gets a backslash; line ends become spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(ch) >= 0) {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }
}

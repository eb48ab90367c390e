package dev.caplan.output;

import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.List;

/**
 * A result table as an HTML {@code <table>}, for documents (the memo renderer): a caption with the
 * report's title, the row header and the columns' labels as headings, numbers right-aligned with
 * the same marks and footnotes as the table format ({@code 1965?}, {@code *}, {@code (2085–2285)}).
 * Every text is escaped: labels come from model files anyone may have written.
 *
 * <p>Each number carries {@code data-line} (where the caller says it comes from, e.g. a memo's
 * line) and {@code data-figure} (report, row and column) so tools can find a figure again in a
 * rendered document: the memo's staleness check compares them, tests read them.
 */
public final class HtmlTableRenderer {

    private HtmlTableRenderer() {
    }

    /** The table, its numbers marked as coming from {@code source} (a line number, or any short text). */
    public static String render(ResultTable table, String source) {
        StringBuilder out = new StringBuilder();
        out.append("<table class=\"report\" data-report=\"").append(escape(table.name())).append("\">\n");
        out.append("<caption>").append(escape(HumanText.heading(table))).append("</caption>\n");
        out.append("<thead><tr><th scope=\"col\">").append(escape(table.rowHeader())).append("</th>");
        for (Heading heading : table.headings()) {
            out.append("<th scope=\"col\" class=\"num\">").append(escape(heading.label())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ResultRow row : table.rows()) {
            row(out, table, row, "", source);
        }
        out.append("</tbody>\n");
        if (table.total() != null) {
            out.append("<tfoot>\n");
            row(out, table, table.total(), " class=\"total\"", source);
            out.append("</tfoot>\n");
        }
        out.append("</table>\n");
        String footnotes = HumanText.footnotes(table);
        if (!footnotes.isEmpty()) {
            out.append("<p class=\"footnotes\">");
            List<String> lines = footnotes.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                out.append(i > 0 ? "<br>" : "").append(escape(lines.get(i)));
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, ResultTable table, ResultRow row, String rowClass, String source) {
        out.append("<tr").append(rowClass).append("><th scope=\"row\">").append(escape(row.label())).append("</th>");
        for (int column = 0; column < row.cells().size(); column++) {
            String figure = (row.label().equals(table.name()) ? table.name() : table.name() + ": " + row.label())
                    + ", " + table.headings().get(column).label(); // a query's one row is named as its table
            out.append("<td").append(attributes(row.cells().get(column), "num", source, figure)).append('>')
                    .append(escape(text(row.cells().get(column), row.format()))).append("</td>");
        }
        out.append("</tr>\n");
    }

    /** One value in running text, as a {@code <span>} with the same marks and attributes as a table's cell. */
    public static String value(ResultCell cell, NumberFormat format, String source, String figure) {
        return "<span" + attributes(cell, "value", source, figure) + ">" + escape(text(cell, format)) + "</span>";
    }

    /** The value as the table format writes it, with its marks: {@code 1965?}, {@code 82.0 %}, {@code -}. */
    public static String text(ResultCell cell, NumberFormat format) {
        return HumanText.cell(cell, format);
    }

    /** The footnote that explains the tentative marker, for a document that shows marked values outside tables. */
    public static String tentativeFootnote() {
        return HumanText.FOOTNOTE;
    }

    private static String attributes(ResultCell cell, String base, String source, String figure) {
        StringBuilder classes = new StringBuilder(base);
        if (!cell.isKnown()) {
            classes.append(" unknown");
        }
        if (cell.tentative()) {
            classes.append(" tentative");
        }
        if (cell.partial()) {
            classes.append(" partial");
        }
        String title = cell.tentative() ? " title=\"counts tentative values; firm: " + escape(Prose.number(cell.firm()))
                + "\"" : !cell.isKnown() ? " title=\"unknown\"" : "";
        return " class=\"" + classes + "\"" + title + " data-line=\"" + escape(source) + "\" data-figure=\""
                + escape(figure) + "\"";
    }

    /** Text for HTML, in element content and in attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

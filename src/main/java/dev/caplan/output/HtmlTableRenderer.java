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
        return render(table, source, Wording.ENGLISH);
    }

    /**
     * The same in {@code wording}: numbers, days and footnotes ({@code 1.965?}, {@code 1 juli 2023});
     * {@code data-figure} keeps the column's own label, so a figure is found again in any language.
     */
    public static String render(ResultTable table, String source, Wording wording) {
        StringBuilder out = new StringBuilder();
        out.append("<table class=\"report\" data-report=\"").append(escape(table.name())).append("\">\n");
        out.append("<caption>").append(escape(HumanText.heading(table))).append("</caption>\n");
        out.append("<thead><tr><th scope=\"col\">").append(escape(table.rowHeader())).append("</th>");
        for (Heading heading : table.headings()) {
            out.append("<th scope=\"col\" class=\"num\">").append(escape(wording.label(heading))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ResultRow row : table.rows()) {
            row(out, table, row, "", source, wording);
        }
        out.append("</tbody>\n");
        if (table.total() != null) {
            out.append("<tfoot>\n");
            row(out, table, table.total(), " class=\"total\"", source, wording);
            out.append("</tfoot>\n");
        }
        out.append("</table>\n");
        String footnotes = HumanText.footnotes(table, wording);
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

    private static void row(StringBuilder out, ResultTable table, ResultRow row, String rowClass, String source,
                            Wording wording) {
        String label = row.days() == null ? row.label() : wording.period(row.label());
        out.append("<tr").append(rowClass).append("><th scope=\"row\">").append(escape(label)).append("</th>");
        for (int column = 0; column < row.cells().size(); column++) {
            String figure = (row.label().equals(table.name()) ? table.name() : table.name() + ": " + row.label())
                    + ", " + table.headings().get(column).label(); // a query's one row is named as its table
            out.append("<td").append(attributes(row.cells().get(column), "num", source, figure, wording))
                    .append('>').append(escape(text(row.cells().get(column), row.format(), wording))).append("</td>");
        }
        out.append("</tr>\n");
    }

    /** One value in running text, as a {@code <span>} with the same marks and attributes as a table's cell. */
    public static String value(ResultCell cell, NumberFormat format, String source, String figure) {
        return value(cell, format, source, figure, Wording.ENGLISH);
    }

    /** The same in {@code wording}: {@code 1.965?} in Dutch. */
    public static String value(ResultCell cell, NumberFormat format, String source, String figure, Wording wording) {
        return "<span" + attributes(cell, "value", source, figure, wording) + ">"
                + escape(text(cell, format, wording)) + "</span>";
    }

    /** The value as the table format writes it, with its marks: {@code 1965?}, {@code 82.0 %}, {@code -}. */
    public static String text(ResultCell cell, NumberFormat format) {
        return HumanText.cell(cell, format);
    }

    /** The same in {@code wording}: {@code 1.965?}, {@code 82,0 %}. */
    public static String text(ResultCell cell, NumberFormat format, Wording wording) {
        return HumanText.cell(cell, format, wording);
    }

    /** The footnote that explains the tentative marker, for a document that shows marked values outside tables. */
    public static String tentativeFootnote() {
        return HumanText.FOOTNOTE;
    }

    /** The same in {@code wording}. */
    public static String tentativeFootnote(Wording wording) {
        return wording.tentativeFootnote();
    }

    private static String attributes(ResultCell cell, String base, String source, String figure, Wording wording) {
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
        String title = cell.tentative() ? " title=\"" + escape(wording.firmTitle()
                + wording.number(cell.firm(), NumberFormat.PLAIN)) + "\""
                : !cell.isKnown() ? " title=\"" + escape(wording.unknownTitle()) + "\"" : "";
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

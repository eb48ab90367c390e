package dev.caplan.output;

import dev.caplan.result.Heading;
import dev.caplan.result.NumberFormat;
import dev.caplan.result.ResultCell;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.function.UnaryOperator;

/** What the human formats (TABLE, MARKDOWN) share, so they mark tentative values alike. */
final class HumanText {

    /** Follows a tentative value: the expected value counts places that are not firm yet. */
    static final String MARKER = "?";

    /** Explains {@link #MARKER} under every table that uses it. */
    static final String FOOTNOTE = "? = counts tentative values (firm value differs)";

    /** Follows a value computed from the known days of its period only. */
    static final String PARTIAL_MARKER = "*";

    /** Explains {@link #PARTIAL_MARKER} under every table that uses it. */
    static final String PARTIAL_FOOTNOTE = "* = from the known days only: some days of the period are unknown";

    private HumanText() {
    }

    /** The rounded value, marked when tentative, e.g. {@code 1965?}. */
    static String cell(ResultCell cell) {
        return cell(cell, NumberFormat.PLAIN);
    }

    /** The value as {@code format} writes it, with its marks: {@code 82.0 %?}, {@code 75.500}, {@code -}. */
    static String cell(ResultCell cell, NumberFormat format) {
        return cell(cell, format, Wording.ENGLISH);
    }

    /** The value as {@code format} writes it in {@code wording}, with its marks: {@code 1.965?} in Dutch. */
    static String cell(ResultCell cell, NumberFormat format, Wording wording) {
        return number(cell, format, wording) + suffix(cell, format, wording);
    }

    /** The number with its unit, without marks: {@code 82.0 %}; an unknown value is {@code -} in every format. */
    static String number(ResultCell cell, NumberFormat format, Wording wording) {
        return cell.isKnown() ? wording.number(cell.value(), format) + Numbers.unit(format) : Numbers.UNKNOWN;
    }

    /** What follows the number: the tentative marker and the bounds of an uncertain value. */
    static String suffix(ResultCell cell) {
        return suffix(cell, NumberFormat.PLAIN, Wording.ENGLISH);
    }

    /** The marks after a number in {@code format}: {@code ?}, {@code *}, {@code  (80.0–84.0 %)}. */
    static String suffix(ResultCell cell, NumberFormat format, Wording wording) {
        return (cell.tentative() ? MARKER : "") + (cell.partial() ? PARTIAL_MARKER : "") + bounds(cell, format, wording);
    }

    /** " (2085–2285)" for an uncertain value, else nothing; a percentage's sign once, after both bounds. */
    static String bounds(ResultCell cell, NumberFormat format, Wording wording) {
        if (!cell.hasBounds()) {
            return "";
        }
        return " (" + range(wording.number(cell.low(), format), wording.number(cell.high(), format), wording)
                + Numbers.unit(format) + ")";
    }

    /** "2085–2285"; with a negative bound "-36 to -24", which a dash would make hard to read. */
    static String range(String low, String high) {
        return range(low, high, Wording.ENGLISH);
    }

    static String range(String low, String high, Wording wording) {
        return low.startsWith("-") || high.startsWith("-") ? low + wording.to() + high : low + "–" + high;
    }

    /** The footnotes a table needs: one line each for the marks its cells carry. */
    static String footnotes(ResultTable table) {
        return footnotes(table, Wording.ENGLISH);
    }

    static String footnotes(ResultTable table, Wording wording) {
        return (table.hasTentative() ? wording.tentativeFootnote() + "\n" : "")
                + (table.hasPartial() ? wording.partialFootnote() + "\n" : "");
    }

    /** The title if there is one, else the name, which is all a report is sure to have. */
    static String heading(ResultTable table) {
        return table.title() != null ? table.title() : table.name();
    }

    /**
     * The table with every text a model wrote in it (name, title, row header, column and row labels)
     * passed through {@code shown}: escaping for a terminal or for Markdown, before any width is
     * measured, so the layout holds the text as it will be shown.
     */
    static ResultTable texts(ResultTable table, UnaryOperator<String> shown) {
        return texts(table, shown, Wording.ENGLISH);
    }

    /** The same, with the labels caplan made from days (a column's {@code 2023-H2}) in {@code wording} first. */
    static ResultTable texts(ResultTable table, UnaryOperator<String> shown, Wording wording) {
        return new ResultTable(shown.apply(table.name()), table.title() == null ? null : shown.apply(table.title()),
                shown.apply(table.rowHeader()),
                table.headings().stream().map(heading -> new Heading(shown.apply(wording.label(heading)), heading.days()))
                        .toList(),
                table.rows().stream().map(row -> label(row, shown, wording)).toList(),
                table.total() == null ? null : label(table.total(), shown, wording));
    }

    private static ResultRow label(ResultRow row, UnaryOperator<String> shown, Wording wording) {
        String label = row.days() == null ? row.label() : wording.period(row.label());
        return new ResultRow(shown.apply(label), row.cells(), row.format(), row.days());
    }
}

package dev.caplan.output;

import dev.caplan.diag.Visible;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * GitHub-flavoured Markdown: a heading and a pipe table per report, numbers right-aligned, the
 * total row in bold, so a plan's figures can be pasted into a document or an issue as they are.
 * Whatever a model names is inert there: invisible characters are escaped ({@link Visible}), HTML
 * is written as entities ({@code <script>} shows as text) and Markdown's own characters are escaped,
 * so a name can neither add a column nor become a link, emphasis or code.
 */
final class MarkdownRenderer implements Renderer {

    static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    private MarkdownRenderer() {
    }

    @Override
    public String render(List<ResultTable> tables) {
        return render(tables, Wording.ENGLISH);
    }

    @Override
    public String render(List<ResultTable> tables, Wording wording) {
        return tables.stream().map(table -> HumanText.texts(table, MarkdownRenderer::escape, wording))
                .map(table -> renderTable(table, wording)).collect(Collectors.joining("\n"));
    }

    private static String renderTable(ResultTable table, Wording wording) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(HumanText.heading(table)).append("\n\n");
        out.append(tableLine(Stream.concat(Stream.of(table.rowHeader()), table.columns().stream())
                .toList()));
        out.append("|---").append("|---:".repeat(table.columns().size())).append("|\n");
        for (ResultRow row : table.rows()) {
            out.append(rowLine(row, UnaryOperator.identity(), wording));
        }
        if (table.total() != null) {
            out.append(rowLine(table.total(), text -> "**" + text + "**", wording));
        }
        for (String footnote : HumanText.footnotes(table, wording).lines().toList()) {
            out.append('\n').append(markers(footnote)).append('\n');
        }
        return out.toString();
    }

    private static String rowLine(ResultRow row, UnaryOperator<String> style, Wording wording) {
        Stream<String> label = Stream.of(row.label());
        Stream<String> cells = row.cells().stream().map(cell -> markers(HumanText.cell(cell, row.format(), wording)));
        return tableLine(Stream.concat(label, cells).map(style).toList());
    }

    private static String tableLine(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The partial marker {@code *} would otherwise start emphasis or, at the start of a line, a list. */
    private static String markers(String text) {
        return text.replace("*", "\\*");
    }

    /**
     * A model's text as inert Markdown: invisible characters escaped, {@code & < >} as entities, and
     * a backslash before each character Markdown would act on ({@code |} would start a new column).
     */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : Visible.text(text).toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '|', '*', '_', '`', '[', ']', '~' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

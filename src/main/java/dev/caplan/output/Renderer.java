package dev.caplan.output;

import dev.caplan.result.ResultTable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes result tables as text in one format; obtain one from {@link Renderers#of(Format)}. */
public interface Renderer {

    /**
     * Renders all tables as one document with {@code \n} line endings, ending in a newline unless
     * the format has nothing to say for an empty list. Equal input gives equal output.
     */
    String render(List<ResultTable> tables);

    /**
     * The tables with numbers, days and caplan's own words in {@code wording} ({@code 1.836},
     * {@code 1 juli 2023}); formats for programs (CSV, JSON, xlsx) are the same in every language.
     */
    default String render(List<ResultTable> tables, Wording wording) {
        return render(tables);
    }

    /**
     * Why this format cannot hold {@code table} (a spreadsheet sheet has at most 16,384 columns), in
     * words that follow the table's name; null when it can. Callers ask before {@link #bytes}, so a
     * table too large is an error that says so rather than a broken file.
     */
    default String cannotHold(ResultTable table) {
        return null;
    }

    /** The file to write: the text in UTF-8, or a binary format's bytes. */
    default byte[] bytes(List<ResultTable> tables) {
        return render(tables).getBytes(StandardCharsets.UTF_8);
    }
}

package dev.caplan.output;

import dev.caplan.result.ResultTable;
import java.util.List;

/** Writes result tables as text in one format; obtain one from {@link Renderers#of(Format)}. */
public interface Renderer {

    /**
     * Renders all tables as one document with {@code \n} line endings, ending in a newline unless
     * the format has nothing to say for an empty list. Equal input gives equal output.
     */
    String render(List<ResultTable> tables);
}

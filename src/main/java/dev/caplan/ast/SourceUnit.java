package dev.caplan.ast;

import dev.caplan.source.SourceFile;
import java.util.List;

/** The items of one file, in file order. */
public record SourceUnit(SourceFile file, List<Item> items) {
    public SourceUnit {
        items = List.copyOf(items);
    }
}

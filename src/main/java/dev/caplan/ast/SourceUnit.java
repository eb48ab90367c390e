package dev.caplan.ast;

import dev.caplan.source.SourceFile;
import java.util.List;

/** The items of one file, in file order. */
public record SourceUnit(SourceFile file, List<Item> items) {
    public SourceUnit {
        items = List.copyOf(items);
    }

    /** The items of one sort ({@code Item.Location.class}, ...), in file order. */
    public <T extends Item> List<T> itemsOf(Class<T> sort) {
        return items.stream().filter(sort::isInstance).map(sort::cast).toList();
    }
}

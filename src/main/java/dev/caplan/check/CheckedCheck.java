package dev.caplan.check;

import dev.caplan.ast.Item;
import java.util.List;

/** A check with its days and periods expanded; no columns means "on every day". */
public record CheckedCheck(Item.Check item, List<Column> columns) {
    public CheckedCheck {
        columns = List.copyOf(columns);
    }
}

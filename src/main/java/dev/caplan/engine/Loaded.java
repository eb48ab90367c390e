package dev.caplan.engine;

import dev.caplan.ast.SourceUnit;
import dev.caplan.ast.UnitChanges;
import dev.caplan.check.CheckedModel;
import java.util.List;

/**
 * What a load gives: the files as parsed, the base model, the model as asked for (the base, or a
 * scenario of it), and what changed since the load it reused. The next load takes its parsed
 * files and checked locations from here ({@link Pipeline#load}); a model with errors is never kept.
 */
record Loaded(List<SourceUnit> units, CheckedModel base, CheckedModel model, UnitChanges changes) {
}

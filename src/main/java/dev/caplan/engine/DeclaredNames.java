package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.SourceUnit;
import dev.caplan.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports and scenarios a model declares, read from its files without checking or evaluating
 * them: shell completion asks for them on every Tab, so it must be quick, and a model with an
 * error elsewhere still has names to offer.
 */
public record DeclaredNames(List<String> reports, List<String> scenarios) {

    /** The names declared in the files under {@code paths}, in file order; unreadable files give none. */
    public static DeclaredNames of(List<Path> paths) {
        List<String> reports = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        for (SourceUnit unit : SourceLoader.load(paths, new Diagnostics())) {
            for (Item item : unit.items()) {
                if (item instanceof Item.Report report) {
                    reports.add(report.name().text());
                } else if (item instanceof Item.Scenario scenario) {
                    scenarios.add(scenario.name().text());
                }
            }
        }
        return new DeclaredNames(List.copyOf(reports), List.copyOf(scenarios));
    }
}

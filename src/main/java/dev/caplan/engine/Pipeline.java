package dev.caplan.engine;

import dev.caplan.ast.Item;
import dev.caplan.ast.SourceUnit;
import dev.caplan.ast.UnitChanges;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedReport;
import dev.caplan.check.Checker;
import dev.caplan.check.LocationCache;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.Recompute;
import dev.caplan.eval.ReportEvaluator;
import dev.caplan.output.Format;
import dev.caplan.output.Renderers;
import dev.caplan.output.Wording;
import dev.caplan.parse.ModelParser;
import dev.caplan.result.ResultTable;
import dev.caplan.source.SourceFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that lists the stages, in order. Each takes the previous stage's value and the
 * diagnostics collector; nothing runs past a stage whose errors make the next meaningless. The
 * command line, the REPL (and the memo renderer and language server to come) all go through here.
 * <pre>
 * text ─parse─▶ AST ─check─▶ checked model ─evaluate─▶ result tables ─render─▶ table/CSV/JSON/Markdown
 * </pre>
 * A load may start from the one before it: files whose text did not change are not parsed again,
 * and the checked locations of unedited declarations are kept; evaluation after an edit recomputes
 * only what the edit can have touched ({@link Recompute}).
 */
final class Pipeline {

    private Pipeline() {
    }

    /**
     * Read, parse and check {@code paths} (files in {@code edited}, by absolute path, are read from
     * there), as {@code scenario} changes them (null: the model itself), reusing what {@code previous}
     * (null: nothing) parsed and checked. The diagnostics say whether the result can be used.
     */
    static Loaded load(List<Path> paths, Map<Path, String> edited, Loaded previous, String scenario,
                       Diagnostics diagnostics) {
        List<SourceUnit> units = SourceLoader.load(paths, diagnostics, edited, parsed(previous));  // read, parse, follow imports
        UnitChanges changes = UnitChanges.between(previous == null ? List.of() : previous.units(), units);
        LocationCache reusable = LocationCache.reusable(previous == null ? null : previous.base(), changes);
        CheckedModel base = Checker.check(units, diagnostics, reusable);              // resolve, order, type
        CheckedModel model = scenario == null || diagnostics.hasErrors() ? base
                : Checker.checkScenario(base, scenario, diagnostics);                  // apply a scenario
        return new Loaded(units, base, model, changes);
    }

    /** A fresh load of one text that is no file: parse and check, with nothing to import. */
    static Loaded loadText(String name, String text, Diagnostics diagnostics) {
        SourceUnit unit = ModelParser.parseFile(SourceFile.ofText(name, text), diagnostics);          // parse
        for (Item.Import imported : unit.itemsOf(Item.Import.class)) {
            diagnostics.error(Code.IMPORT, imported.pathSpan(), "a text that is not a file cannot import",
                    "save it as a file in the model's folder");
        }
        List<SourceUnit> units = List.of(unit);
        CheckedModel base = Checker.check(units, diagnostics);                                        // resolve, order, type
        return new Loaded(units, base, base, UnitChanges.between(List.of(), units));
    }

    /** A fresh load of a model from files that are not on disk (a git revision's), with their imports. */
    static Loaded load(Snapshot snapshot, String path, Diagnostics diagnostics) {
        List<SourceUnit> units = SnapshotLoader.load(snapshot, path, diagnostics);       // read, parse, follow imports
        CheckedModel base = Checker.check(units, diagnostics);                        // resolve, order, type
        return new Loaded(units, base, base, UnitChanges.between(List.of(), units));
    }

    /** A fresh load of files from disk. */
    static Loaded load(List<Path> paths, Diagnostics diagnostics) {
        return load(paths, Map.of(), null, null, diagnostics);
    }

    /** An evaluator for a model just loaded; values are computed when first asked for. */
    static Evaluator evaluate(Loaded loaded) {
        return new Evaluator(loaded.model());
    }

    /**
     * The evaluator {@code before} carried over to a new load (what the change cannot reach is
     * kept), or a fresh one when there is none or carrying over fails with an evaluation error.
     */
    static Evaluator carriedOver(Evaluator before, Loaded loaded) {
        if (before == null) {
            return evaluate(loaded);
        }
        try {
            return recompute(before, loaded).evaluator();
        } catch (RuntimeException e) { // an evaluation failure: the new model is evaluated afresh
            return evaluate(loaded);
        }
    }

    /** An evaluator after an edit, taking over from {@code before} what the edit cannot have touched. */
    static Recompute.Recomputed recompute(Evaluator before, Loaded loaded) {
        return Recompute.after(before, loaded.model(), loaded.changes());
    }

    /** Evaluate reports into tables. */
    static List<ResultTable> reports(Evaluator evaluator, List<CheckedReport> reports) {
        ReportEvaluator layout = new ReportEvaluator(evaluator);
        return reports.stream().map(layout::evaluate).toList();                       // evaluate, lay out columns
    }

    /** Render tables as text. */
    static String render(List<ResultTable> tables, Format format) {
        return Renderers.of(format).render(tables);                                    // one of the formats
    }

    /** Render tables as text in a language (numbers, days and caplan's words; formats for programs stay). */
    static String render(List<ResultTable> tables, Format format, Wording wording) {
        return Renderers.of(format).render(tables, wording);
    }

    /** Why a format cannot hold a table (a sheet past its columns), or null; asked before {@link #file}. */
    static String cannotHold(ResultTable table, Format format) {
        return Renderers.of(format).cannotHold(table);
    }

    /** Render tables as the file a format writes: text in UTF-8, or a workbook's bytes. */
    static byte[] file(List<ResultTable> tables, Format format) {
        return Renderers.of(format).bytes(tables);
    }

    /** The units of an earlier load by file, so unchanged files are not parsed again. */
    private static Map<Path, SourceUnit> parsed(Loaded previous) {
        Map<Path, SourceUnit> byFile = new HashMap<>();
        if (previous != null) {
            for (SourceUnit unit : previous.units()) {
                if (unit.file().path() != null) {
                    byFile.put(Workspace.key(unit.file().path()), unit);
                }
            }
        }
        return byFile;
    }
}

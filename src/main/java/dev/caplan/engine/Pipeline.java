package dev.caplan.engine;

import dev.caplan.ast.SourceUnit;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.Checker;
import dev.caplan.check.CheckedReport;
import dev.caplan.diag.Diagnostics;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.ReportEvaluator;
import dev.caplan.eval.ResultTable;
import dev.caplan.output.Format;
import dev.caplan.output.Renderers;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place that lists the stages, in order. Each takes the previous stage's value and the
 * diagnostics collector; nothing runs past a stage whose errors make the next meaningless.
 * <pre>
 * text ─parse─▶ AST ─check─▶ checked model ─evaluate─▶ result tables ─render─▶ table/CSV/JSON/Markdown
 * </pre>
 */
final class Pipeline {

    private Pipeline() {
    }

    /** Read, parse and check: a model ready to evaluate, or null when the diagnostics hold errors. */
    static CheckedModel load(List<Path> paths, Diagnostics diagnostics) {
        List<SourceUnit> units = SourceLoader.load(paths, diagnostics);     // read files, parse each, follow imports
        CheckedModel model = Checker.check(units, diagnostics);             // resolve names, order definitions, type
        return diagnostics.hasErrors() ? null : model;
    }

    /** Evaluate reports into tables. */
    static List<ResultTable> evaluate(Evaluator evaluator, List<CheckedReport> reports) {
        ReportEvaluator layout = new ReportEvaluator(evaluator);
        return reports.stream().map(layout::evaluate).toList();               // evaluate series, lay out columns
    }

    /** Render tables as text. */
    static String render(List<ResultTable> tables, Format format) {
        return Renderers.of(format).render(tables);                          // one of four formats
    }
}

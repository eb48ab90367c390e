package dev.caplan.engine;

import dev.caplan.ast.Expr;
import dev.caplan.ast.Item;
import dev.caplan.ast.Name;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.ast.SourceUnit;
import dev.caplan.check.CheckedModel;
import dev.caplan.check.CheckedReport;
import dev.caplan.check.Checker;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.eval.ChartLayout;
import dev.caplan.eval.CheckRunner;
import dev.caplan.eval.Evaluator;
import dev.caplan.eval.Explainer;
import dev.caplan.eval.LedgerTable;
import dev.caplan.eval.QueryEvaluator;
import dev.caplan.output.Explanations;
import dev.caplan.output.Findings;
import dev.caplan.output.Format;
import dev.caplan.output.Wording;
import dev.caplan.parse.ModelParser;
import dev.caplan.result.ChartData;
import dev.caplan.result.Finding;
import dev.caplan.result.ResultTable;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A checked model, ready to answer: its reports, and any expression at any time. */
public final class Plan {
    private final CheckedModel model;
    private final Evaluator evaluator;
    private final List<SourceUnit> units;

    /**
     * A plan on an evaluator (shared, with what it remembers, by a REPL session) over the model
     * loaded from {@code units}.
     */
    Plan(Evaluator evaluator, List<SourceUnit> units) {
        this.model = evaluator.model();
        this.evaluator = evaluator;
        this.units = List.copyOf(units);
    }

    /**
     * The files the plan was loaded from, with the texts the engine read (a stamp hashes these, so
     * it names exactly what was computed, not what is on disk a moment later).
     */
    public List<SourceFile> files() {
        return units.stream().map(SourceUnit::file).toList();
    }

    /** The names of the model's scenarios, in declaration order. */
    public List<String> scenarioNames() {
        return List.copyOf(model.scenarios().keySet());
    }

    /** The scenario this plan is, or null for the base model. */
    public String scenario() {
        return model.scenario();
    }

    /** The plan as a scenario changes it (null value and a diagnostic for an unknown scenario). */
    public Outcome<Plan> scenario(String name) {
        if (!model.scenarios().containsKey(name)) {
            String hint = NameHints.didYouMean(name, model.scenarios().keySet());
            return Outcome.failed(Diagnostic.error(Code.USAGE, null, "no scenario named '" + name + "'").withHint(
                    hint != null ? hint : model.scenarios().isEmpty() ? "the model declares no scenarios"
                            : "scenarios: " + String.join(", ", model.scenarios().keySet())));
        }
        Diagnostics diagnostics = new Diagnostics();
        CheckedModel changed = Checker.checkScenario(model, name, diagnostics);
        return new Outcome<>(diagnostics.hasErrors() ? null : new Plan(new Evaluator(changed), units), diagnostics.sorted());
    }

    public List<String> reportNames() {
        return List.copyOf(model.reports().keySet());
    }

    /** Every report, or only the one named (null for all). */
    public Outcome<List<ResultTable>> reports(String name) {
        List<CheckedReport> chosen = new ArrayList<>(model.reports().values());
        if (name != null) {
            CheckedReport report = model.reports().get(name);
            if (report == null) {
                String hint = NameHints.didYouMean(name, model.reports().keySet());
                return Outcome.failed(Diagnostic.error(Code.USAGE, null, "no report named '" + name + "'").withHint(
                        hint != null ? hint : "reports: " + String.join(", ", reportNames())));
            }
            chosen = List.of(report);
        }
        List<CheckedReport> selected = chosen;
        return Outcome.guarded(() -> Pipeline.reports(evaluator, selected));
    }

    /**
     * Evaluates an expression typed by the user. {@code at} (a date or period) and {@code over}
     * (column specifications such as {@code 2023-01 .. 2023-12 monthly}) are optional and exclusive.
     */
    public Outcome<ResultTable> query(String expression, String at, String over) {
        Diagnostics diagnostics = new Diagnostics();
        Question question = Question.of(model, expression, at, over, diagnostics);
        return question == null ? new Outcome<>(null, diagnostics.sorted()) : ask(question);
    }

    /** The answer to a question: the one path from an expression and columns to a result table. */
    Outcome<ResultTable> ask(Question question) {
        return Outcome.guarded(() -> QueryEvaluator.layout(question.shown(), evaluator.evaluate(question.expr()),
                question.columns()));
    }

    /**
     * A chart of expressions separated by commas ({@code azc, cno}) over periods ({@code over},
     * required: {@code 2022-01 .. 2024-12 monthly}): each series' cells along time, as data.
     */
    public Outcome<ChartData> chart(String expressions, String over) {
        Diagnostics diagnostics = new Diagnostics();
        ChartQuestion chart = ChartQuestion.of(model, expressions, over, diagnostics);
        if (chart == null) {
            return new Outcome<>(null, diagnostics.sorted());
        }
        String title = expressions.strip() + " over " + over.strip();
        return Outcome.guarded(() -> ChartLayout.layout(title, chart.questions().stream().map(Question::shown).toList(),
                chart.questions().stream().map(q -> evaluator.evaluate(q.expr())).toList(), chart.columns()));
    }

    /**
     * Explains how an expression's value on a day ({@code at}) or over a period ({@code over})
     * was computed, down to the declarations it comes from.
     */
    public Outcome<String> explain(String expression, String at, String over) {
        Diagnostics diagnostics = new Diagnostics();
        Question question = Question.of(model, expression, at, over, diagnostics);
        if (question != null && question.columns().size() != 1) {
            diagnostics.add(Diagnostic.error(Code.USAGE, null, "explain needs one day (--at DATE) or one period "
                    + "(--over PERIOD), not " + question.columns().size()));
        }
        if (diagnostics.hasErrors()) {
            return new Outcome<>(null, diagnostics.sorted());
        }
        return Outcome.guarded(() -> Explanations.render(new Explainer(evaluator, question.columns().get(0))
                .explain(question.expr())));
    }

    /** The backlog ledger of a flow quota in an area, as a table and as one line per period. */
    public Outcome<ResultTable> ledger(String quotaRef) {
        Diagnostics diagnostics = new Diagnostics();
        Expr expr = ModelParser.parseExpr(SourceFile.ofText("<quota>", quotaRef), diagnostics);
        if (expr != null && !(expr instanceof Expr.QuotaRef)) {
            diagnostics.add(Diagnostic.error(Code.USAGE, expr.span(), "name a quota and an area, such as "
                    + "status_holders[IJsselland]"));
        } else if (expr != null) {
            Checker.checkExpression(model, new Expr.Call(new Name("ledger", false, expr.span()), List.of(expr), null,
                    expr.span()), diagnostics);
        }
        if (diagnostics.hasErrors()) {
            return new Outcome<>(null, diagnostics.sorted());
        }
        Expr.QuotaRef ref = (Expr.QuotaRef) expr;
        return Outcome.guarded(() -> LedgerTable.of(quotaRef.strip(), evaluator.ledger(ref)));
    }

    /**
     * Asks several scenarios the same question, a report (by name) or an expression (at a day or
     * over periods), and lays the answers side by side with their differences from the first;
     * the text lines name each scenario's failing checks and the first day they fail.
     */
    public Outcome<Compared> compare(List<String> scenarios, String report, String expression, String at, String over) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<List<ResultTable>> answers = new ArrayList<>();
        List<List<Finding>> checks = new ArrayList<>();
        for (String name : scenarios) {
            Outcome<Plan> scenario = name.equals("base") ? new Outcome<>(this, List.of()) : scenario(name);
            diagnostics.addAll(scenario.diagnostics());
            if (scenario.value() == null) {
                return new Outcome<>(null, diagnostics);
            }
            Outcome<List<ResultTable>> answer = report != null || expression == null ? scenario.value().reports(report)
                    : scenario.value().query(expression, at, over).map(List::of);
            diagnostics.addAll(answer.diagnostics());
            if (answer.value() == null) {
                return new Outcome<>(null, diagnostics);
            }
            answers.add(answer.value());
            Outcome<List<Finding>> found = scenario.value().findings();
            diagnostics.addAll(found.diagnostics());
            checks.add(found.value() == null ? List.of() : found.value());
        }
        List<ResultTable> tables = ScenarioComparison.sideBySide(scenarios, answers);
        return new Outcome<>(new Compared(tables, ScenarioComparison.failingChecks(scenarios, checks)), diagnostics);
    }

    /** Scenarios side by side, and what fails in each. */
    public record Compared(List<ResultTable> tables, List<String> failingChecks) {
    }

    /** Renders tables in a format; kept here so callers need not know the output stage. */
    public static String render(List<ResultTable> tables, Format format) {
        return Pipeline.render(tables, format);
    }

    /** Renders tables in a format and a language ({@code 1.836}, {@code 1 juli 2023} in Dutch). */
    public static String render(List<ResultTable> tables, Format format, Wording wording) {
        return Pipeline.render(tables, format, wording);
    }

    /**
     * The file a format writes of the model's reports ({@code caplan eval -o}): text in UTF-8, or an
     * xlsx workbook's bytes. A report the format cannot hold (a sheet of more than 16,384 columns)
     * is an E-LIMIT error at the report's declaration, and there is no file: nothing is written.
     */
    public Outcome<byte[]> reportsFile(List<ResultTable> reports, Format format) {
        return file(reports, format, (report, problem) -> Diagnostic.error(Code.LIMIT, reportName(report.name()),
                        "report '" + report.name() + "' does not fit a spreadsheet: " + problem)
                .withHint("fewer columns (a weekly or monthly step, or a shorter range) or fewer rows; "
                        + "or --format csv, which has no such limit"));
    }

    /**
     * The file a format writes of tables the command line asked for (a query's answer). One the
     * format cannot hold comes from the options given ({@code --over}, {@code --step}), so it is
     * an error about the command line (E-USAGE, exit 64), and there is no file.
     */
    public static Outcome<byte[]> file(List<ResultTable> tables, Format format) {
        return file(tables, format, (table, problem) -> Diagnostic.error(Code.USAGE, null,
                        "the answer does not fit a spreadsheet: " + problem)
                .withHint("use --step weekly or monthly, or a shorter --over range; "
                        + "or --format csv, which has no such limit"));
    }

    private static Outcome<byte[]> file(List<ResultTable> tables, Format format,
                                        BiFunction<ResultTable, String, Diagnostic> tooLarge) {
        List<Diagnostic> problems = new ArrayList<>();
        for (ResultTable table : tables) {
            String problem = Pipeline.cannotHold(table, format);
            if (problem != null) {
                problems.add(tooLarge.apply(table, problem));
            }
        }
        return problems.isEmpty() ? new Outcome<>(Pipeline.file(tables, format), List.of())
                : new Outcome<>(null, problems);
    }

    /**
     * Where the report {@code name} is declared: in this plan's scenario when it adds or replaces
     * the report, else in the model; null when neither has it (the error is then not located).
     */
    private Span reportName(String name) {
        Span declared = null;
        for (SourceUnit unit : units) {
            for (Item item : unit.items()) {
                if (item instanceof Item.Report report && report.name().text().equals(name) && declared == null) {
                    declared = report.name().span();
                } else if (item instanceof Item.Scenario scenario && scenario.name().text().equals(model.scenario())) {
                    for (ScenarioEntry entry : scenario.entries()) {
                        Item changed = entry instanceof ScenarioEntry.Replace replace ? replace.item()
                                : entry instanceof ScenarioEntry.Add add ? add.item() : null;
                        if (changed instanceof Item.Report report && report.name().text().equals(name)) {
                            return report.name().span();
                        }
                    }
                }
            }
        }
        return declared;
    }

    /**
     * Evaluates every definition and report once, so problems that only show when computing
     * (division by zero on some day) are found by {@code caplan check} rather than later.
     */
    public Outcome<Void> verify() {
        List<String> names = new ArrayList<>(model.lets().keySet());
        Outcome<Void> definitions = Outcome.guarded(() -> {
            names.forEach(evaluator::definition);
            return null;
        });
        if (definitions.hasErrors()) {
            return definitions;
        }
        Outcome<List<ResultTable>> reports = reports(null);
        return new Outcome<>(null, reports.diagnostics());
    }

    /**
     * Runs the model's checks and compares its reported figures: failing checks are errors with
     * code E-CHECK-FAILED or E-CHECK-UNKNOWN (the command line exits 1 for them), mismatches and
     * checks that hold only by counting tentative values are warnings.
     */
    public Outcome<Boolean> runChecks() {
        Outcome<List<Finding>> found = findings();
        if (found.value() == null) {
            return new Outcome<>(null, found.diagnostics());
        }
        boolean failed = found.value().stream().anyMatch(f -> f.code().failsACheck());
        return new Outcome<>(failed, found.value().stream().map(Findings::diagnostic).toList());
    }

    /** What the model's checks and reported figures find, as data. */
    Outcome<List<Finding>> findings() {
        return Outcome.guarded(() -> new CheckRunner(evaluator).run());
    }

    /** How many {@code check} declarations the model has. */
    public int checkCount() {
        return model.checks().size();
    }

    /** How many {@code reported} figures the model has. */
    public int reportedCount() {
        return model.reported().size();
    }

    /** One line about the model's size, for {@code caplan check}. */
    public String summary() {
        return model.areas().size() + " areas, " + model.locations().size() + " locations, "
                + model.quotas().size() + " quotas, " + model.lets().size() + " definitions, "
                + model.reports().size() + " reports, " + model.checks().size() + " checks, "
                + model.reported().size() + " reported figures";
    }
}

package dev.caplan.memo;

import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostic;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.result.ChartData;
import dev.caplan.result.ResultTable;
import dev.caplan.source.SourceFile;
import dev.caplan.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the plan what a memo's blocks and inline values show, the same questions the command line
 * asks ({@code eval --report}, {@code query}, {@code check}, {@code explain}). A problem with what
 * the memo wrote is moved into the memo: a diagnostic about an expression or its day points at the
 * memo's line and column, so the page and the terminal show the memo's own text.
 */
final class Answers {
    private static final String EXPRESSION = "<expression>";
    private static final String AT = "<--at>";
    private static final String OVER = "<--over>";

    private final Plan plan;
    private final Path model;
    private final SourceFile memo;

    Answers(Plan plan, Path model, SourceFile memo) {
        this.plan = plan;
        this.model = model;
        this.memo = memo;
    }

    /** What a block's line shows. */
    Shown block(Directive directive) {
        if (directive instanceof Directive.Report report) {
            return tables(plan.reports(report.name()), null, report.span());
        } else if (directive instanceof Directive.Query query) {
            return tables(plan.query(query.asked().expression(), query.asked().at(), query.asked().over())
                    .map(List::of), query.asked(), query.span());
        } else if (directive instanceof Directive.Explain explain) {
            return explained(explain);
        } else if (directive instanceof Directive.Chart chart) {
            Outcome<ChartData> answer = plan.chart(chart.asked().expression(), chart.asked().over());
            return answer.value() == null ? new Shown.Failed(inMemo(answer.diagnostics(), chart.asked(), chart.span()))
                    : new Shown.Chart(answer.value(), chart.size());
        } else if (directive instanceof Directive.Checks checks) {
            return checked(checks.span());
        }
        return new Shown.Failed(List.of(((Directive.Unreadable) directive).problem()));
    }

    /** What an inline value shows: one number, or why there is none. */
    Shown value(Asked asked, Span span) {
        Outcome<ResultTable> answer = plan.query(asked.expression(), asked.at(), asked.over());
        if (answer.value() == null) {
            return new Shown.Failed(inMemo(answer.diagnostics(), asked, span));
        }
        ResultTable table = answer.value();
        if (!table.isScalar()) {
            return new Shown.Failed(List.of(Diagnostic.error(Code.MEMO, span, "an inline value must be one number, "
                    + "not " + table.rows().size() + " rows by " + table.headings().size() + " columns")
                    .withHint("say when, such as {{ azc at 2023-07-01 }}, and leave out 'by'; show tables "
                            + "in a caplan block")));
        }
        return new Shown.Value(table.rows().get(0).cells().get(0), table.rows().get(0).format());
    }

    private Shown tables(Outcome<List<ResultTable>> answer, Asked asked, Span span) {
        return answer.value() == null ? new Shown.Failed(inMemo(answer.diagnostics(), asked, span))
                : new Shown.Tables(answer.value());
    }

    private Shown explained(Directive.Explain explain) {
        Outcome<String> answer = plan.explain(explain.asked().expression(), explain.asked().at(), explain.asked().over());
        return answer.value() == null ? new Shown.Failed(inMemo(answer.diagnostics(), explain.asked(), explain.span()))
                : new Shown.Explained(answer.value());
    }

    private Shown checked(Span span) {
        Outcome<Boolean> run = plan.runChecks();
        if (run.value() == null) {
            return new Shown.Failed(inMemo(run.diagnostics(), null, span));
        }
        long failed = run.diagnostics().stream().filter(d -> d.code().failsACheck()).map(Diagnostic::span)
                .distinct().count(); // a check false on some days and unknown on others fails once, as in caplan check
        List<String> places = run.diagnostics().stream().map(d -> place(d.span())).toList();
        return new Shown.Checked(plan.checkCount(), plan.reportedCount(), failed, run.diagnostics(), places);
    }

    /** Where in the model: {@code checks.caplan:9}, relative to the model's folder when it is in it. */
    private String place(Span span) {
        if (span == null) {
            return "";
        }
        Path file = span.file().path();
        String name = span.file().displayName();
        if (file != null) {
            Path absolute = file.toAbsolutePath().normalize();
            Path folder = model.toAbsolutePath().normalize();
            name = absolute.startsWith(folder) && !absolute.equals(folder)
                    ? folder.relativize(absolute).toString().replace('\\', '/') : file.getFileName().toString();
        }
        return name + ":" + span.line();
    }

    /**
     * The diagnostics, those about the memo's own text moved into the memo: an expression's and its
     * day's pseudo-files become their place in the memo; one without a place (an unknown report)
     * gets the line it was asked on, and what the command line calls a usage error is E-MEMO here.
     */
    private List<Diagnostic> inMemo(List<Diagnostic> diagnostics, Asked asked, Span line) {
        List<Diagnostic> moved = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Span span = d.span();
            Span placed = span == null ? line : span.file().path() != null ? span : switch (span.file().displayName()) {
                case EXPRESSION -> asked == null ? line : shifted(span, asked.expressionStart());
                case AT -> asked == null || asked.atStart() < 0 ? line : shifted(span, asked.atStart());
                case OVER -> asked == null || asked.overStart() < 0 ? line : shifted(span, asked.overStart());
                default -> span;
            };
            // in a memo an unknown report or a missing day is a mistake in the memo, not in a command line
            Code code = d.code() == Code.USAGE ? Code.MEMO : d.code();
            moved.add(new Diagnostic(d.severity(), code, d.message(), placed, d.hint()));
        }
        return moved;
    }

    private Span shifted(Span span, int offset) {
        int end = Math.min(memo.text().length(), offset + span.end());
        return new Span(memo, Math.min(offset + span.start(), end), end);
    }
}

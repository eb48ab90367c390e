package dev.caplan.eval;

import dev.caplan.check.Column;
import dev.caplan.diag.Code;
import dev.caplan.eval.Value.Grouped;
import dev.caplan.eval.Value.Single;
import dev.caplan.result.ChartData;
import dev.caplan.result.Heading;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.source.Limits;
import dev.caplan.time.Days;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Lays out the answer to a chart: the values of one or more expressions along the days of the
 * columns asked for. A level is cut where any series changes (its expected or firm value, its
 * bounds, whether it is known), so a step line steps on the real dates, not at the columns; a flow
 * gets one bar per column, the amount a query shows for it. The cells are made as a query's are
 * ({@link ReportEvaluator#row}), so a chart and a table never disagree.
 */
public final class ChartLayout {
    private ChartLayout() {
    }

    /** The chart of {@code values} (named {@code names}, as asked) over {@code columns} (at least one). */
    public static ChartData layout(String title, List<String> names, List<Value> values, List<Column> columns) {
        List<String> labels = new ArrayList<>();
        List<String> stacks = new ArrayList<>();
        List<Single> singles = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Grouped grouped) {
                for (int g = 0; g < grouped.labels().size(); g++) {
                    labels.add(values.size() == 1 ? grouped.labels().get(g) : names.get(i) + ": " + grouped.labels().get(g));
                    stacks.add(names.get(i));
                    singles.add(grouped.members().get(g));
                }
            } else {
                labels.add(names.get(i));
                stacks.add(null);
                singles.add((Single) values.get(i));
            }
        }
        if (singles.isEmpty() || singles.size() > Limits.CHART_SERIES) {
            throw new EvalException(Code.LIMIT, null, "a chart shows 1 to " + Limits.CHART_SERIES + " series, not "
                    + singles.size(), "group more coarsely (by kind rather than by location), or split the chart");
        }
        boolean flow = singles.get(0).isFlow();
        if (singles.stream().anyMatch(s -> s.isFlow() != flow)) {
            throw new EvalException(Code.USAGE, null, "a chart shows levels (places on a day) or flows (an amount "
                    + "per period), not both", "chart the levels and the flows separately");
        }
        return flow ? flows(title, labels, stacks, singles, columns) : levels(title, labels, stacks, singles, columns);
    }

    private static ChartData flows(String title, List<String> labels, List<String> stacks, List<Single> singles,
                                   List<Column> columns) {
        if (columns.stream().anyMatch(Column::isDay)) {
            throw new EvalException(Code.USAGE, null, "a chart of a flow has a bar per period, and days are not periods",
                    "ask over periods, such as 2024-01 .. 2024-12 (monthly) or 2022-H2 .. 2023-H2");
        }
        limit(columns.size());
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
            series.add(new ChartData.Series(labels.get(i), stacks.get(i),
                    ReportEvaluator.row(labels.get(i), singles.get(i), columns, Aggregation.END).cells()));
        }
        List<Heading> spans = Headings.of(columns);
        Column first = columns.get(0);
        boolean samePeriods = first.period() != null
                && columns.stream().allMatch(c -> c.period() != null && c.period().kind() == first.period().kind());
        String per = samePeriods ? first.period().kind().name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
        return new ChartData(title, ChartData.Measure.FLOW, per, spans, series);
    }

    private static ChartData levels(String title, List<String> labels, List<String> stacks, List<Single> singles,
                                    List<Column> columns) {
        int from = columns.stream().mapToInt(Column::start).min().orElseThrow();
        int until = columns.stream().mapToInt(Column::end).max().orElseThrow();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        for (Single single : singles) {
            for (StepSeries series : parts(single)) {
                for (int day : series.changeDays()) {
                    if (day > from && day < until) {
                        cuts.add(day);
                    }
                }
            }
        }
        limit(cuts.size());
        List<Column> starts = cuts.stream().map(Column::ofDay).toList();
        List<Heading> spans = new ArrayList<>();
        List<Integer> days = new ArrayList<>(cuts);
        for (int i = 0; i < days.size(); i++) {
            int next = i + 1 < days.size() ? days.get(i + 1) : until;
            spans.add(new Heading(Days.format(days.get(i)), Headings.range(days.get(i), next - 1)));
        }
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
            series.add(new ChartData.Series(labels.get(i), stacks.get(i),
                    ReportEvaluator.row(labels.get(i), singles.get(i), starts, Aggregation.END).cells()));
        }
        return new ChartData(title, ChartData.Measure.LEVEL, null, spans, series);
    }

    /** Every series whose change can change a cell: values, bounds, and where it is known. */
    private static List<StepSeries> parts(Single single) {
        List<StepSeries> parts = new ArrayList<>(List.of(single.expected(), single.firm()));
        for (StepSeries optional : new StepSeries[] {single.known(), single.partial(), single.low(), single.high()}) {
            if (optional != null) {
                parts.add(optional);
            }
        }
        return parts;
    }

    private static void limit(int spans) {
        if (spans > Limits.CHART_BARS) {
            throw new EvalException(Code.LIMIT, null, "a chart shows at most " + Limits.CHART_BARS + " steps or bars, not "
                    + spans, "chart a shorter range, or by month instead of by day");
        }
    }
}

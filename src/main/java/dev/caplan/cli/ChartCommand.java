package dev.caplan.cli;

import dev.caplan.engine.Outcome;
import dev.caplan.engine.Plan;
import dev.caplan.output.ChartSize;
import dev.caplan.output.SvgChart;
import dev.caplan.output.VegaLiteChart;
import dev.caplan.result.ChartData;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caplan chart PATH... 'EXPR, EXPR' --over RANGE [--step STEP] [--format svg|vega-lite] [-o FILE]}. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw expressions over time as an SVG chart (or write a Vega-Lite spec): levels as step "
                + "lines, flows as bars per period, a grouped expression stacked; tentative parts hatched, "
                + "ranges as bands, unknown stretches left as gaps."},
        footer = {"", "Examples:",
                "  caplan chart models/ijsselland 'azc, cno' --over '2022-01 .. 2024-12' -o places.svg",
                "  caplan chart models/ijsselland 'capacity[IJsselland] by kind' --over '2023-01 .. 2023-12' --step monthly",
                "  caplan chart examples/target 'actual(target[Woerden])' --over '2024-01 .. 2024-12' --format vega-lite"})
final class ChartCommand extends FastCommand {

    @Mixin
    ModelAndExpression model;

    @Option(names = "--over", paramLabel = "RANGE", required = true,
            description = "The periods the chart is drawn over, such as 2022-01 .. 2024-12.")
    String over;

    @Option(names = "--step", paramLabel = "STEP",
            description = "Step through the --over range (a bar per step for a flow): daily, weekly, monthly, "
                    + "quarterly, half-yearly or yearly.")
    String step;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "svg",
            description = "svg or vega-lite (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "640x320",
            description = "The chart's width and height in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
    Path output;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    DiagnosticsFormatOption diagnostics;

    @Override
    int run(Invocation invocation) {
        if (!format.equals("svg") && !format.equals("vega-lite")) {
            throw invocation.usageError("unknown chart format '" + format
                    + "': use svg or vega-lite");
        }
        ChartSize chartSize = ChartSize.parse(size);
        if (chartSize == null) {
            throw invocation.usageError("--size is WIDTHxHEIGHT in pixels, from "
                    + ChartSize.MIN_WIDTH + "x" + ChartSize.MIN_HEIGHT + " to " + ChartSize.MAX_WIDTH + "x"
                    + ChartSize.MAX_HEIGHT + ", such as 640x320; not '" + size + "'");
        }
        String columns = step == null ? over : over + " " + step;
        Plan plan = scenario.load(model.paths(invocation), invocation);
        if (plan == null) {
            return scenario.loadFailure();
        }
        Outcome<ChartData> chart = plan.chart(model.expression(invocation), columns);
        if (output == null) {
            return ModelOptions.print(invocation, chart, data -> text(data, chartSize));
        }
        ModelOptions.report(chart.diagnostics(), invocation);
        if (chart.value() == null) {
            return ModelOptions.exitCodeOf(chart.diagnostics());
        }
        return OutputFile.write(output, text(chart.value(), chartSize), invocation) ? ExitCodes.OK
                : ExitCodes.CANNOT_CREATE;
    }

    private String text(ChartData data, ChartSize chartSize) {
        return format.equals("svg") ? SvgChart.render(data, chartSize, "chart") : VegaLiteChart.render(data, chartSize);
    }
}

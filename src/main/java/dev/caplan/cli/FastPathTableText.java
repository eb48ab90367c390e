package dev.caplan.cli;

/**
 * The fast path's table of commands ({@link FastPath}, {@link FastPathTable}): made from picocli's
 * model of each {@link FastCommand} by FastPathTableTest. Do not edit: after changing a command's
 * options, run {@code mvn test -Dtest=FastPathTableTest -Dgolden.update=true} and review the change.
 */
final class FastPathTableText {
    static final String TEXT = """
            command eval EvalCommand
            mixin output TablesOutput
            mixin locale LocaleOption
            mixin scenario ScenarioOption
            mixin diagnostics DiagnosticsFormatOption
            arguments paths 1 path
            value -r,--report report text optional
            value -f,--format output.format text optional table
            value -o,--output output.output text optional
            value --locale locale.locale text optional
            value -s,--scenario scenario.scenario text optional
            refer --diagnostics-format
            refer -h,--help
            refer -V,--version
            refer --color
            flag --debug -

            command query QueryCommand
            mixin model ModelAndExpression
            mixin output TablesOutput
            mixin locale LocaleOption
            mixin scenario ScenarioOption
            mixin diagnostics DiagnosticsFormatOption
            arguments model.arguments 1 text
            value --at at text optional
            value --over over text optional
            value --step step text optional
            value -f,--format output.format text optional table
            value -o,--output output.output text optional
            value --locale locale.locale text optional
            value -s,--scenario scenario.scenario text optional
            refer --diagnostics-format
            refer -h,--help
            refer -V,--version
            refer --color
            flag --debug -

            command check CheckCommand
            mixin scenario ScenarioOption
            arguments paths 1 path
            value -s,--scenario scenario.scenario text optional
            value -f,--format format text optional text
            refer -h,--help
            refer -V,--version
            refer --color
            flag --debug -

            command explain ExplainCommand
            mixin model ModelAndExpression
            mixin scenario ScenarioOption
            mixin diagnostics DiagnosticsFormatOption
            arguments model.arguments 1 text
            value --at at text optional
            value --over over text optional
            value -s,--scenario scenario.scenario text optional
            refer --diagnostics-format
            refer -h,--help
            refer -V,--version
            refer --color
            flag --debug -

            command ledger LedgerCommand
            mixin model ModelAndExpression
            mixin options ModelOptions
            mixin scenario ScenarioOption
            mixin locale LocaleOption
            mixin diagnostics DiagnosticsFormatOption
            arguments model.arguments 1 text
            value -f,--format options.format text optional table
            value -s,--scenario scenario.scenario text optional
            value --locale locale.locale text optional
            refer --diagnostics-format
            refer -h,--help
            refer -V,--version
            refer --color
            flag --debug -

            command chart ChartCommand
            mixin model ModelAndExpression
            mixin scenario ScenarioOption
            mixin diagnostics DiagnosticsFormatOption
            arguments model.arguments 1 text
            value --over over text required
            value --step step text optional
            value -f,--format format text optional svg
            value --size size text optional 640x320
            value -o,--output output path optional
            value -s,--scenario scenario.scenario text optional
            refer --diagnostics-format
            refer -h,--help
            refer -V,--version
            refer --color
            flag --debug -
            """;

    private FastPathTableText() {
    }
}

package dev.caplan.check;

import dev.caplan.ast.ColumnSpec;
import dev.caplan.ast.PeriodLit;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import dev.caplan.diag.NameHints;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import dev.caplan.time.Ranges;
import dev.caplan.time.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Expands column specifications ({@code 2023-01-01}, {@code 2023-Q1}, {@code a .. b monthly}) into
 * columns. A range with a date at either end steps through dates when it has a step, and without
 * one is a single span from the first day of its first end to the last day of its last (so that
 * "the highest value between 1 July and 30 September" can be asked); a range of periods steps
 * through periods, by default of its own kind.
 */
public final class ColumnResolver {

    private ColumnResolver() {
    }

    /** The columns, or an empty list after reporting why the specification cannot be expanded. */
    public static List<Column> expand(ColumnSpec spec, Diagnostics diagnostics) {
        PeriodLit first = spec.first();
        if (!first.isValid() || spec.isRange() && !spec.last().isValid()) {
            return List.of(); // already reported when the period was read
        }
        if (!spec.isRange()) {
            return List.of(column(first.period()));
        }
        Period from = first.period();
        Period to = spec.last().period();
        if (to.start() < from.start()) {
            diagnostics.error(Code.EMPTY_PERIOD, spec.span(), "the range ends (" + to.label() + ") before it starts ("
                    + from.label() + ")", "write the earlier period first");
            return List.of();
        }
        Optional<Step> step = step(spec, diagnostics);
        if (spec.step() != null && step.isEmpty()) {
            return List.of();
        }
        try {
            if (from.kind() == PeriodKind.DAY || to.kind() == PeriodKind.DAY) {
                return dates(from, to, step);
            }
            return periods(spec, from, to, step, diagnostics);
        } catch (IllegalArgumentException tooMany) {
            diagnostics.error(Code.BAD_RANGE, spec.span(), tooMany.getMessage(), "use a coarser step or a shorter range");
            return List.of();
        }
    }

    /**
     * With a step, the dates from the first day of {@code from}, one step apart, up to the first day of
     * {@code to}; without one, the span from the first day of {@code from} to the last day of {@code to}.
     */
    private static List<Column> dates(Period from, Period to, Optional<Step> step) {
        if (step.isEmpty()) {
            return List.of(Column.ofSpan(from.start(), to.end() - 1));
        }
        List<Column> columns = new ArrayList<>();
        for (int day : Ranges.dates(from.start(), to.start(), step.get())) {
            columns.add(Column.ofDay(day));
        }
        return columns;
    }

    private static List<Column> periods(ColumnSpec spec, Period from, Period to, Optional<Step> step,
                                        Diagnostics diagnostics) {
        if (step.isEmpty() && from.kind() != to.kind()) {
            diagnostics.error(Code.BAD_RANGE, spec.span(), "a range from a " + word(from.kind()) + " to a "
                    + word(to.kind()) + " needs a step", "add one of: " + String.join(", ", stepWords()));
            return List.of();
        }
        PeriodKind kind = step.map(Step::periodKind).orElse(from.kind());
        Step walk = step.orElse(stepOf(kind));
        Period first = Period.containing(kind, from.start());
        Period last = Period.containing(kind, to.end() - 1);
        List<Column> columns = new ArrayList<>();
        for (Period period : Ranges.periods(first, last, walk)) {
            columns.add(Column.ofPeriod(period));
        }
        return columns;
    }

    private static Column column(Period period) {
        return period.kind() == PeriodKind.DAY ? Column.ofDay(period.start()) : Column.ofPeriod(period);
    }

    /** The step named in the specification; {@code halfyearly} is accepted for {@code half-yearly}. */
    private static Optional<Step> step(ColumnSpec spec, Diagnostics diagnostics) {
        if (spec.step() == null) {
            return Optional.empty();
        }
        String word = spec.step().text();
        Optional<Step> step = Step.fromKeyword(word.equals("halfyearly") ? "half-yearly" : word);
        if (step.isEmpty()) {
            diagnostics.error(Code.BAD_RANGE, spec.step().span(), "unknown step '" + word + "'",
                    Optional.ofNullable(NameHints.didYouMean(word, stepWords()))
                            .orElse("steps are " + String.join(", ", stepWords())));
        }
        return step;
    }

    static List<String> stepWords() {
        return Arrays.stream(Step.values()).map(Step::keyword).toList();
    }

    private static Step stepOf(PeriodKind kind) {
        return Arrays.stream(Step.values()).filter(s -> s.periodKind() == kind).findFirst().orElseThrow();
    }

    private static String word(PeriodKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

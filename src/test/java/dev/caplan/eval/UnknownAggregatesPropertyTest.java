package dev.caplan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.eval.Value.Single;
import dev.caplan.result.ResultCell;
import dev.caplan.series.Aggregation;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.Period;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate over every kind of period, for random step series with unknown stretches,
 * against a day-by-day reference computation: no unknown day is ever read as 0, a result from
 * partly unknown days is marked partial, and a period with no known day is unknown.
 */
class UnknownAggregatesPropertyTest {
    private static final int START = Days.of(2022, 1, 1);
    private static final int SPAN = 900;
    private static final int CASES = 400;
    private static final List<PeriodKind> PERIODS = List.of(PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH,
            PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR);
    private static final List<Aggregation> AGGREGATIONS = List.of(Aggregation.START, Aggregation.END,
            Aggregation.MIN, Aggregation.MAX, Aggregation.AVERAGE);

    @Test
    void levelsAggregateOverTheirKnownDaysOnly() {
        Random random = new Random(20261202);
        for (int n = 0; n < CASES; n++) {
            Single level = randomLevel(random);
            for (PeriodKind kind : PERIODS) {
                Period period = Period.containing(kind, START + random.nextInt(SPAN - 400));
                for (Aggregation aggregation : AGGREGATIONS) {
                    ResultCell cell = Cells.over(level, period.start(), period.end(), aggregation);
                    Reference expected = reference(level, period.start(), period.end(), aggregation);
                    String what = aggregation + " over " + period.label() + " of " + level;
                    assertThat(cell.isKnown()).as("known: %s", what).isEqualTo(expected.value != null);
                    if (expected.value != null) {
                        assertThat(cell.value()).as(what).isEqualByComparingTo(expected.value);
                        assertThat(cell.partial()).as("partial: %s", what).isEqualTo(expected.partial);
                    }
                }
            }
        }
    }

    @Test
    void flowsAddUpTheirKnownPeriodsOnly() {
        Random random = new Random(7);
        for (int n = 0; n < CASES; n++) {
            PeriodKind per = PERIODS.get(1 + random.nextInt(PERIODS.size() - 1));
            Single flow = randomFlow(random, per);
            for (PeriodKind kind : PERIODS) {
                Period period = Period.containing(kind, START + random.nextInt(SPAN - 400));
                ResultCell cell = Cells.over(flow, period.start(), period.end(), Aggregation.END);
                Reference expected = flowReference(flow, per, period.start(), period.end());
                String what = "a flow per " + per + " over " + period.label();
                assertThat(cell.isKnown()).as("known: %s", what).isEqualTo(expected.value != null);
                if (expected.value != null) {
                    // a period partly inside counts pro rata, each rounded to 10 decimals
                    assertThat(cell.value().subtract(expected.value).abs()).as(what)
                            .isLessThan(new BigDecimal("0.00000001"));
                    assertThat(cell.partial()).as("partial: %s", what).isEqualTo(expected.partial);
                }
            }
        }
    }

    private record Reference(BigDecimal value, boolean partial) {
    }

    /** Reads the level day by day. */
    private static Reference reference(Single level, int start, int end, Aggregation aggregation) {
        if (aggregation == Aggregation.START || aggregation == Aggregation.END) {
            int day = aggregation == Aggregation.START ? start : end - 1;
            return new Reference(level.isKnownAt(day) ? level.expected().valueAt(day) : null, false);
        }
        List<BigDecimal> known = new ArrayList<>();
        boolean someUnknown = false;
        for (int day = start; day < end; day++) {
            if (level.isKnownAt(day)) {
                known.add(level.expected().valueAt(day));
            } else {
                someUnknown = true;
            }
        }
        if (known.isEmpty()) {
            return new Reference(null, false);
        }
        BigDecimal value = switch (aggregation) {
            case MIN -> known.stream().reduce(BigDecimal::min).orElseThrow();
            case MAX -> known.stream().reduce(BigDecimal::max).orElseThrow();
            default -> known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(known.size()), 10, RoundingMode.HALF_EVEN);
        };
        return new Reference(value, someUnknown);
    }

    /** Adds the flow day by day: each day a share of its period's amount, unknown periods left out. */
    private static Reference flowReference(Single flow, PeriodKind per, int start, int end) {
        BigDecimal total = BigDecimal.ZERO;
        boolean anyKnown = false;
        boolean someUnknown = false;
        for (int day = start; day < end; day++) {
            Period period = Period.containing(per, day);
            if (!flow.isKnownAt(period.start())) {
                someUnknown = true;
                continue;
            }
            anyKnown = true;
            total = total.add(flow.expected().valueAt(day).divide(BigDecimal.valueOf(period.lengthInDays()), 20,
                    RoundingMode.HALF_EVEN));
        }
        return new Reference(anyKnown ? total : null, someUnknown);
    }

    /** A level with a few changes and a few unknown stretches around the test years. */
    private static Single randomLevel(Random random) {
        StepSeries values = steps(random, () -> BigDecimal.valueOf(random.nextInt(400) - 50, random.nextInt(3)));
        StepSeries known = steps(random, () -> random.nextInt(3) == 0 ? BigDecimal.ZERO : BigDecimal.ONE);
        return new Single(values, values).withKnown(known);
    }

    /** A flow with one amount per period, some periods unknown. */
    private static Single randomFlow(Random random, PeriodKind per) {
        List<Integer> days = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> knowns = new ArrayList<>();
        for (Period p = Period.containing(per, START - 400); p.start() < START + SPAN + 400; p = p.next()) {
            days.add(p.start());
            amounts.add(BigDecimal.valueOf(random.nextInt(1000)));
            knowns.add(random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.ONE);
        }
        int[] starts = days.stream().mapToInt(Integer::intValue).toArray();
        StepSeries values = StepSeries.steps(starts, amounts.toArray(BigDecimal[]::new));
        StepSeries known = StepSeries.steps(starts, knowns.toArray(BigDecimal[]::new));
        return new Single(values, values).withPer(per).withKnown(known);
    }

    private static StepSeries steps(Random random, Supplier<BigDecimal> value) {
        int count = random.nextInt(12);
        int[] days = random.ints(count, START - 200, START + SPAN + 200).sorted().distinct().toArray();
        BigDecimal[] values = new BigDecimal[days.length];
        for (int i = 0; i < days.length; i++) {
            values[i] = value.get();
        }
        return StepSeries.steps(days, values);
    }
}

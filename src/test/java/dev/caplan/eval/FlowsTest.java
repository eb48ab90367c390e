package dev.caplan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.check.QuotaLine;
import dev.caplan.series.StepSeries;
import dev.caplan.time.Days;
import dev.caplan.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow quota's lines as a series: structural lines, and a period's own line over them. */
class FlowsTest {
    private static final int H1_2024 = Days.of(2024, 1, 1);
    private static final int H2_2024 = Days.of(2024, 7, 1);
    private static final int H1_2025 = Days.of(2025, 1, 1);
    private static final int H2_2025 = Days.of(2025, 7, 1);
    private static final int H1_2026 = Days.of(2026, 1, 1);

    @Test
    void aStructuralLineHoldsEveryPeriodAndAPeriodsOwnLineOverridesIt() {
        StepSeries flow = Flows.ofLines(List.of(structural(650, H1_2024, Days.END), period(700, H1_2025, H2_2025, false)),
                QuotaLine::value);
        assertThat(flow.valueAt(H1_2024 - 1)).isEqualByComparingTo("0");
        assertThat(flow.valueAt(H2_2024)).isEqualByComparingTo("650");
        assertThat(flow.valueAt(H1_2025)).isEqualByComparingTo("700");
        assertThat(flow.valueAt(H2_2025)).isEqualByComparingTo("650");
        assertThat(flow.valueAt(Days.of(2100, 1, 1))).isEqualByComparingTo("650");
        assertThat(Flows.endless(flow)).isTrue();
    }

    @Test
    void aLaterStructuralLineReplacesAnEarlierOneAndUntilEndsIt() {
        StepSeries flow = Flows.ofLines(List.of(structural(650, H1_2024, Days.END), structural(600, H1_2025, H1_2026)),
                QuotaLine::value);
        assertThat(flow.valueAt(H2_2024)).isEqualByComparingTo("650");
        assertThat(flow.valueAt(H2_2025)).isEqualByComparingTo("600");
        assertThat(flow.valueAt(H1_2026)).isEqualByComparingTo("0");
        assertThat(Flows.endless(flow)).isFalse();
    }

    @Test
    void ofAFirmAndATentativeLineForOnePeriodTheLaterHolds() {
        List<QuotaLine> lines = List.of(period(649, H1_2024, H2_2024, false), period(700, H1_2024, H2_2024, true));
        assertThat(Flows.ofLines(lines, QuotaLine::value).valueAt(H1_2024)).isEqualByComparingTo("700");
        assertThat(Flows.ofLines(lines, line -> BigDecimal.ONE).valueAt(H1_2024)).isEqualByComparingTo("1");
    }

    @Test
    void theRunningTotalOfAFlowWithoutEndIsRefused() {
        StepSeries flow = Flows.ofLines(List.of(structural(650, H1_2024, Days.END)), QuotaLine::value);
        assertThatThrownBy(() -> Flows.cumulative(flow, PeriodKind.HALF_YEAR)).isInstanceOf(ArithmeticException.class);
        StepSeries bounded = Flows.ofLines(List.of(structural(650, H1_2024, H1_2025)), QuotaLine::value);
        assertThat(Flows.cumulative(bounded, PeriodKind.HALF_YEAR).valueAt(H2_2024)).isEqualByComparingTo("1300");
    }

    private static QuotaLine structural(int value, int from, int until) {
        return new QuotaLine("IJsselland", from, until, BigDecimal.valueOf(value), false, null, null, true, null);
    }

    private static QuotaLine period(int value, int from, int until, boolean tentative) {
        return new QuotaLine("IJsselland", from, until, BigDecimal.valueOf(value), tentative, null, null, false, null);
    }
}

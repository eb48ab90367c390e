package dev.caplan.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void convertsBetweenPairsAndBigDecimals() {
        assertThat(Decimals.toBigDecimal(2143, 1)).isEqualByComparingTo("214.3");
        assertThat(Decimals.toPlainString(2143, 1)).isEqualTo("214.3");
        assertThat(Decimals.toPlainString(-5, 3)).isEqualTo("-0.005");
        assertThat(Decimals.toPlainString(0, 0)).isEqualTo("0");
        assertThat(Decimals.unscaledAt(new BigDecimal("2.5"), 3)).isEqualTo(2500);
        assertThat(Decimals.unscaledAt(new BigDecimal("1E+3"), 0)).isEqualTo(1000);
    }

    @Test
    void minimalScaleIgnoresTrailingZerosAndIsNeverNegative() {
        assertThat(Decimals.minimalScale(new BigDecimal("2.500"))).isEqualTo(1);
        assertThat(Decimals.minimalScale(new BigDecimal("1E+5"))).isZero();
        assertThat(Decimals.minimalScale(new BigDecimal("100"))).isZero();
        assertThat(Decimals.minimalScale(new BigDecimal("0.000"))).isZero();
        assertThat(Decimals.stripped(new BigDecimal("100.00")).toPlainString()).isEqualTo("100");
        assertThat(Decimals.stripped(new BigDecimal("0.250")).toPlainString()).isEqualTo("0.25");
    }

    @Test
    void unscaledAtRefusesToDropDigitsOrOverflow() {
        assertThatThrownBy(() -> Decimals.unscaledAt(new BigDecimal("1.25"), 1))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("more than 1 decimal places");
        assertThatThrownBy(() -> Decimals.unscaledAt(new BigDecimal("10000000000000000000"), 0))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThat(Decimals.unscaledAt(BigDecimal.valueOf(Long.MAX_VALUE), 0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rescaleMultipliesByPowersOfTenExactly() {
        assertThat(Decimals.rescale(25, 1, 3)).isEqualTo(2500);
        assertThat(Decimals.rescale(7, 2, 2)).isEqualTo(7);
        assertThat(Decimals.rescale(0, 0, 40)).isZero();
        assertThatThrownBy(() -> Decimals.rescale(Long.MAX_VALUE / 5, 0, 1))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThatThrownBy(() -> Decimals.rescale(1, 0, 19))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: 1 ");
        assertThatThrownBy(() -> Decimals.rescale(1, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticDetectsOverflow() {
        assertThat(Decimals.add(1, 2, 0)).isEqualTo(3);
        assertThat(Decimals.subtract(1, 2, 0)).isEqualTo(-1);
        assertThat(Decimals.multiply(15, 1, 3, 0)).isEqualTo(45);
        assertThatThrownBy(() -> Decimals.add(Long.MAX_VALUE, 1, 0))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: 9223372036854775808");
        assertThatThrownBy(() -> Decimals.subtract(Long.MIN_VALUE, 1, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: -92233720368547758.09");
        assertThatThrownBy(() -> Decimals.multiply(Long.MAX_VALUE, 0, 2, 0))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
        assertThatThrownBy(() -> Decimals.negate(Long.MIN_VALUE, 0))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("number too large: ");
    }

    @Test
    void powersOfTen() {
        assertThat(Decimals.powerOfTen(0)).isEqualTo(1);
        assertThat(Decimals.powerOfTen(18)).isEqualTo(1_000_000_000_000_000_000L);
        assertThatThrownBy(() -> Decimals.powerOfTen(19)).isInstanceOf(ArithmeticException.class);
    }
}

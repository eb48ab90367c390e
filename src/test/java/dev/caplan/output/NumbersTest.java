package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "214.30, 214.3",
        "1E+3, 1000",
        "1.5E+10, 15000000000",
        "1E-7, 0.0000001",
        "550, 550",
        "-0.00, 0",
        "-12.50, -12.5",
        "0.333333333, 0.333333333",
    })
    void formatIsExactAndPlain(String input, String expected) {
        assertThat(Numbers.format(new BigDecimal(input))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0.333333333, 0.3333",
        "0.3333, 0.3333",
        "2.66666, 2.6667",
        "0.00005, 0",
        "0.00015, 0.0002",
        "-0.00001, 0",
        "214.30, 214.3",
        "1E+3, 1000",
        "1.23450, 1.2345",
    })
    void formatRoundedKeepsAtMostFourDecimals(String input, String expected) {
        assertThat(Numbers.formatRounded(new BigDecimal(input))).isEqualTo(expected);
    }
}

package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.result.NumberFormat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
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

    /** The examples of the table in docs/language.md, "Number formats", and the edges of rounding and grouping. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.8234     | true  | 1  |     | 82.3",
        "75500.25   | true  | 1  |     | 7550025.0",
        "0.8234     | true  | -1 |     | 82.34",
        "0.8234     | false | 2  |     | 0.82",
        "75500.25   | false | 2  |     | 75500.25",
        "0.8234     | false | -1 | .   | 0,8234",
        "75500.25   | false | -1 | .   | 75.500,25",
        "75500.25   | false | -1 | ,   | 75,500.25",
        "75500.25   | false | 0  | .   | 75.500",
        "12.345     | true  | 1  | .   | 1.234,5",
        "101.25     | false | 1  |     | 101.3",
        "-101.25    | false | 1  |     | -101.3",
        "0.825      | true  | 0  |     | 83",
        "-0.0004    | true  | 1  |     | 0.0",
        "-1596163   | false | -1 | .   | -1.596.163",
        "100        | false | -1 | .   | 100",
        "999.5      | false | 0  | .   | 1.000",
        "1E+3       | false | -1 | ,   | 1,000",
    })
    void formattedAsTheFormatSays(String input, boolean percent, int decimals, String thousands, String expected) {
        NumberFormat format = new NumberFormat(percent, decimals, thousands);
        assertThat(Numbers.formatted(new BigDecimal(input), format)).isEqualTo(expected);
    }

    @Test
    void aSpaceGroupsToo() {
        assertThat(Numbers.formatted(new BigDecimal("75500.25"), new NumberFormat(false, -1, " "))).isEqualTo("75 500.25");
    }

    @Test
    void plainIsFormatRoundedAndUnknownIsADash() {
        assertThat(Numbers.formatted(new BigDecimal("0.333333333"), NumberFormat.PLAIN)).isEqualTo("0.3333");
        assertThat(Numbers.formatted(null, new NumberFormat(true, 1, null))).isEqualTo("-");
        assertThat(Numbers.unit(new NumberFormat(true, 1, null))).isEqualTo(" %");
        assertThat(Numbers.unit(NumberFormat.PLAIN)).isEmpty();
    }
}

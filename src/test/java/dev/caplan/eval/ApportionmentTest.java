package dev.caplan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    private static List<BigInteger> results(long total, String... weights) {
        List<BigDecimal> w = new ArrayList<>();
        for (String weight : weights) {
            w.add(new BigDecimal(weight));
        }
        return Apportionment.allocate(BigInteger.valueOf(total), w).stream().map(Apportionment.Allocation::result)
                .toList();
    }

    @Test
    void memoFiguresComeOutByLargestRemainder() {
        // Overijssel 5.77% of 51000 and 61200; IJsselland 45.9% of 2943, 3531 and 4001 (the rest is the last part)
        assertThat(results(51000, "0.0577", "0.9423").get(0)).isEqualTo(BigInteger.valueOf(2943));
        assertThat(results(61200, "0.0577", "0.9423").get(0)).isEqualTo(BigInteger.valueOf(3531));
        assertThat(results(2943, "0.459", "0.541").get(0)).isEqualTo(BigInteger.valueOf(1351));
        assertThat(results(3531, "0.459", "0.541").get(0)).isEqualTo(BigInteger.valueOf(1621));
        assertThat(results(4001, "0.459", "0.541").get(0)).isEqualTo(BigInteger.valueOf(1836));
    }

    @Test
    void ninetySixThousandOverTwelveWeightsAddsUpExactly() {
        String[] inhabitants = {"590000", "650000", "490000", "1166000", "2100000", "1370000", "3600000", "2960000",
                "390000", "1150000", "3700000", "630000"};
        List<BigInteger> parts = results(96000, inhabitants);
        assertThat(parts).hasSize(12);
        assertThat(parts.stream().reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(BigInteger.valueOf(96000));
        assertThat(parts.get(6)).isEqualTo(BigInteger.valueOf(Math.round(96000.0 * 3600000 / 18796000)));
    }

    @Test
    void partsAlwaysAddUpAndStayWithinOneOfTheirExactShare() {
        Random random = new Random(96000);
        for (int round = 0; round < 2000; round++) {
            int count = 1 + random.nextInt(15);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                weights.add(BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4)));
            }
            if (weights.stream().allMatch(w -> w.signum() == 0)) {
                weights.set(0, BigDecimal.ONE);
            }
            BigInteger total = BigInteger.valueOf(random.nextInt(200_000));
            List<Apportionment.Allocation> allocations = Apportionment.allocate(total, weights);
            BigInteger sum = allocations.stream().map(Apportionment.Allocation::result).reduce(BigInteger.ZERO,
                    BigInteger::add);
            assertThat(sum).as("round %d: %s of %s", round, weights, total).isEqualTo(total);
            for (Apportionment.Allocation allocation : allocations) {
                BigDecimal result = new BigDecimal(allocation.result());
                assertThat(result.subtract(allocation.exact()).abs()).isLessThan(BigDecimal.ONE);
            }
        }
    }

    @Test
    void tiesGoToTheEarlierPart() {
        assertThat(results(1, "1", "1")).containsExactly(BigInteger.ONE, BigInteger.ZERO);
        assertThat(results(5, "1", "1", "1")).containsExactly(BigInteger.TWO, BigInteger.TWO, BigInteger.ONE);
    }
}

package dev.caplan.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Divides a whole number over parts by weight so that the parts are whole and add up exactly to
 * the total: the largest-remainder (Hamilton) method. Each part first gets the whole part of its
 * exact share; the places still left go one each to the parts with the largest remainders (ties:
 * the earlier part). Computed on exact rationals, never on rounded shares.
 */
public final class Apportionment {

    /** One part's outcome: its exact share, the whole part, and whether it got one of the remaining places. */
    public record Allocation(BigDecimal exact, BigInteger floor, boolean extra) {
        public BigInteger result() {
            return extra ? floor.add(BigInteger.ONE) : floor;
        }
    }

    private Apportionment() {
    }

    /** Allocations in the order of {@code weights}; the total must be a whole number and weights not all zero. */
    public static List<Allocation> allocate(BigInteger total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("weights must add up to more than zero");
        }
        // Scale weights to integers so every share is the exact fraction total * w / W.
        int scale = weights.stream().mapToInt(w -> Math.max(0, w.stripTrailingZeros().scale())).max().orElse(0);
        List<BigInteger> w = weights.stream().map(x -> x.movePointRight(scale).toBigIntegerExact()).toList();
        BigInteger whole = sum.movePointRight(scale).toBigIntegerExact();
        List<BigInteger> floors = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (BigInteger weight : w) {
            BigInteger[] division = total.multiply(weight).divideAndRemainder(whole);
            floors.add(division[0]);
            remainders.add(division[1]);
            given = given.add(division[0]);
        }
        int left = total.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        boolean[] extra = new boolean[w.size()];
        for (int i = 0; i < left; i++) {
            extra[order.get(i)] = true;
        }
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            BigDecimal exact = new BigDecimal(total.multiply(w.get(i))).divide(new BigDecimal(whole), 6,
                    RoundingMode.HALF_EVEN).stripTrailingZeros();
            allocations.add(new Allocation(exact, floors.get(i), extra[i]));
        }
        return allocations;
    }
}

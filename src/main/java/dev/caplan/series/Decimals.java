package dev.caplan.series;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on {@code (unscaled, scale)} pairs, meaning {@code unscaled × 10^-scale}.
 *
 * <p>Every operation either gives the exact answer or throws {@link ArithmeticException} with a
 * message starting "number too large: ", because a planning figure silently wrapped around by
 * {@code long} overflow would be far worse than an error.
 */
public final class Decimals {

    /** The largest power of ten that fits in a {@code long}. */
    public static final int MAX_POWER_OF_TEN = 18;

    private static final long[] POWERS_OF_TEN = new long[MAX_POWER_OF_TEN + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i <= MAX_POWER_OF_TEN; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private Decimals() {
    }

    /** {@code 10^exponent} for 0..18. */
    public static long powerOfTen(int exponent) {
        if (exponent < 0 || exponent > MAX_POWER_OF_TEN) {
            throw new ArithmeticException("number too large: 10^" + exponent);
        }
        return POWERS_OF_TEN[exponent];
    }

    /** The pair as a BigDecimal. */
    public static BigDecimal toBigDecimal(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The pair as plain text without exponent, e.g. {@code (2143, 1)} gives "214.3". */
    public static String toPlainString(long unscaled, int scale) {
        return toBigDecimal(unscaled, scale).toPlainString();
    }

    /** The fewest decimal places that represent {@code value} exactly; never negative. */
    public static int minimalScale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** {@code value} with trailing zeros removed but no exponent needed: 2.50 gives 2.5, 100 stays 100. */
    public static BigDecimal stripped(BigDecimal value) {
        BigDecimal result = value.stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    /**
     * The unscaled value of {@code value} at {@code scale} decimal places.
     *
     * @throws ArithmeticException if the value has more decimal places than {@code scale}, or does not
     *     fit in a {@code long} at that scale
     */
    public static long unscaledAt(BigDecimal value, int scale) {
        if (scale < minimalScale(value)) {
            throw new ArithmeticException(value.toPlainString() + " has more than " + scale + " decimal places");
        }
        BigDecimal scaled = value.setScale(scale);
        if (scaled.unscaledValue().bitLength() > 63) {
            throw tooLarge(value, scale);
        }
        return scaled.unscaledValue().longValue();
    }

    /** The same number expressed at a larger (or equal) scale: {@code (25, 1)} at scale 3 is 2500. */
    public static long rescale(long unscaled, int fromScale, int toScale) {
        if (toScale < fromScale) {
            throw new IllegalArgumentException("cannot rescale from " + fromScale + " down to " + toScale);
        }
        if (unscaled == 0 || toScale == fromScale) {
            return unscaled;
        }
        if (toScale - fromScale > MAX_POWER_OF_TEN) {
            throw tooLarge(toBigDecimal(unscaled, fromScale), toScale);
        }
        try {
            return Math.multiplyExact(unscaled, POWERS_OF_TEN[toScale - fromScale]);
        } catch (ArithmeticException overflow) {
            throw tooLarge(toBigDecimal(unscaled, fromScale), toScale);
        }
    }

    /** Exact sum of two values at the same scale. */
    public static long add(long a, long b, int scale) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw tooLarge(toBigDecimal(a, scale).add(toBigDecimal(b, scale)), scale);
        }
    }

    /** Exact difference of two values at the same scale. */
    public static long subtract(long a, long b, int scale) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException overflow) {
            throw tooLarge(toBigDecimal(a, scale).subtract(toBigDecimal(b, scale)), scale);
        }
    }

    /** Exact product; its scale is {@code scaleA + scaleB}. */
    public static long multiply(long a, int scaleA, long b, int scaleB) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            BigDecimal product = toBigDecimal(a, scaleA).multiply(toBigDecimal(b, scaleB));
            throw tooLarge(product, scaleA + scaleB);
        }
    }

    /** Exact negation. */
    public static long negate(long a, int scale) {
        if (a == Long.MIN_VALUE) {
            throw tooLarge(toBigDecimal(a, scale).negate(), scale);
        }
        return -a;
    }

    /** How many times {@code value} divides by ten, capped at {@code limit}; 0 counts as {@code limit}. */
    static int trailingZeros(long value, int limit) {
        int zeros = 0;
        while (zeros < limit && value % 10 == 0) {
            value /= 10;
            zeros++;
        }
        return zeros;
    }

    private static ArithmeticException tooLarge(BigDecimal value, int scale) {
        return new ArithmeticException("number too large: " + value.toPlainString()
                + " does not fit in 18 digits with " + scale + " decimal places");
    }
}

package dev.caplan.result;

/**
 * A column's heading: the label people read ({@code 2023-H2}, {@code 2023-W23},
 * {@code 2023-07-01}, {@code value}) and, where the column stands for days, the days it covers
 * (null for a column that is not about time, such as a ledger's {@code due}).
 */
public record Heading(String label, DayRange days) {
    public Heading {
        if (label == null) {
            throw new IllegalArgumentException("a heading needs a label");
        }
    }

    /** A heading that is not about days. */
    public static Heading of(String label) {
        return new Heading(label, null);
    }
}

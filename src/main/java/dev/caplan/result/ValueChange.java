package dev.caplan.result;

/**
 * A value that a change to the model moved, before → after: a definition from the first day on
 * which it differs ({@code row} null, {@code column} the day, null when it differs on every day),
 * or a cell of a report's total row (or of each row, for a report without a total).
 */
public record ValueChange(String report, String row, String column, String name, ResultCell before, ResultCell after) {

    /** A definition that differs from {@code day} on ({@code day} null: on every day). */
    public static ValueChange ofDefinition(String name, String day, ResultCell before, ResultCell after) {
        return new ValueChange(null, null, day, name, before, after);
    }

    /** A report cell that moved. */
    public static ValueChange ofReportCell(String report, String row, String column, ResultCell before, ResultCell after) {
        return new ValueChange(report, row, column, null, before, after);
    }

    public boolean isDefinition() {
        return report == null;
    }
}

package dev.caplan.diag;

/**
 * The stable identifier of every kind of diagnostic. Codes appear in output and docs, and each
 * one has a test case under {@code src/test/resources/cases/errors/}, so renaming one is a
 * breaking change.
 */
public enum Code {
    SYNTAX("E-SYNTAX", "the text does not follow the grammar"),
    IMPORT("E-IMPORT", "an imported file or a path argument cannot be read"),
    BAD_DATE("E-BAD-DATE", "a date or period that does not exist"),
    NOT_WHOLE("E-NOT-WHOLE", "a fraction where a whole number is expected: places, a quota divided by a key"),
    THOUSANDS("W-THOUSANDS", "a number written as Dutch writes thousands, read with decimals: 75.000 is 75"),
    UNKNOWN_NAME("E-UNKNOWN-NAME", "a name that is not declared"),
    DUPLICATE_NAME("E-DUPLICATE-NAME", "a name declared twice"),
    WRONG_LEVEL("E-AREA-LEVEL", "an area used at the wrong level of the hierarchy"),
    OVERLAP("E-OVERLAP", "two capacity segments of one location cover the same day"),
    EMPTY_PERIOD("E-EMPTY-PERIOD", "a segment or range that ends before it starts"),
    TABLE_SHAPE("E-TABLE-SHAPE", "a grid row whose cell count differs from the header"),
    CYCLE("E-CYCLE", "definitions that depend on each other in a circle"),
    LEVEL_AS_NUMBER("E-LEVEL-AS-NUMBER", "a level (places) where a plain number is expected"),
    GROUPED_VALUE("E-GROUPED-VALUE", "a grouped value where a single series is expected"),
    UNKNOWN_FUNCTION("E-UNKNOWN-FUNCTION", "a function that does not exist, or wrong arguments"),
    BAD_RANGE("E-BAD-RANGE", "a range of periods that cannot be stepped through"),
    BAD_REPORT("E-BAD-REPORT", "a report without rows or columns, or with a format that is not well formed"),
    ARITHMETIC("E-ARITHMETIC", "division by zero, a number too large, a running total without end"),
    LEVEL_FLOW("E-LEVEL-FLOW", "a level and a flow mixed, or a flow used on a single day"),
    QUOTA("E-QUOTA", "a quota or actual that is not well formed"),
    KEY("E-KEY", "a distribution key that cannot divide a quota"),
    REPORTED_FORM("E-REPORTED", "a reported figure compared with a series instead of one number"),
    CHECK_FAILED("E-CHECK-FAILED", "a check that does not hold (exit code 1)"),
    CHECK_UNKNOWN("E-CHECK-UNKNOWN", "a check that cannot be judged on a day its value is unknown (exit code 1)"),
    CHECK_TENTATIVE("W-CHECK-TENTATIVE", "a check that holds only by counting tentative values"),
    SCENARIO("E-SCENARIO", "a scenario that changes something the model does not have"),
    REPORTED_MISMATCH("W-REPORTED", "a figure printed in a memo that the model does not reproduce"),
    LIMIT("E-LIMIT", "an input past one of caplan's limits (nesting, size, length)"),
    MEMO("E-MEMO", "a memo's front matter, caplan block or inline value that cannot be read"),
    USAGE("E-USAGE", "a command-line argument that cannot be used"),
    SAVE("E-SAVE", "changes that could not be written to disk"),
    OUTSIDE_MODEL("E-OUTSIDE-MODEL", "an import that leads outside the model's folder (a path or a symbolic link)"),
    NOT_MODEL_FILE("E-NOT-MODEL-FILE", "a path that is no model file: a folder, a device, a pipe, another extension"),
    TOO_LARGE("E-TOO-LARGE", "a file or a model larger than caplan reads"),
    ENCODING("E-ENCODING", "a file that is not UTF-8 text"),
    INTERRUPTED_SAVE("E-INTERRUPTED-SAVE", "a save of several files that stopped halfway, so old and new text mix");

    private final String id;
    private final String summary;

    Code(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** Whether this code says a check does not hold (false or unknown on a day it judges): exit code 1, not 65. */
    public boolean failsACheck() {
        return this == CHECK_FAILED || this == CHECK_UNKNOWN;
    }

    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }
}

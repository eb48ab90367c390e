package dev.caplan.check;

/**
 * The rows of a flow quota's backlog ledger, per area and period: what was due, what was realised
 * and what is carried on. The ledger, its table, its sentences and the functions that read one row
 * ({@code due}, {@code backlog}, {@code carried}) all take the rows from here.
 */
public enum LedgerRow {
    QUOTA("quota"),
    /** The opening backlog, or what the period before carried: unknown while that period is not realised. */
    BACKLOG_IN("backlog in"),
    DUE("due"),
    /** Unknown (not zero) until the period's realisation is recorded. */
    REALISED("realised"),
    /** Unknown until the period is realised: what is carried depends on it. */
    CARRIED("carried");

    private final String label;

    LedgerRow(String label) {
        this.label = label;
    }

    /** The row's label in reports and tables. */
    public String label() {
        return label;
    }
}

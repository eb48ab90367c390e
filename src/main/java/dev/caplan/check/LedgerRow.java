package dev.caplan.check;

/**
 * The rows of a flow quota's backlog ledger, per area and period: what was due, what was realised
 * and what is carried on. The ledger, its table, its sentences and the functions that read one row
 * ({@code due}, {@code backlog}, {@code carried}) all take the rows from here.
 */
public enum LedgerRow {
    QUOTA("quota", true),
    BACKLOG_IN("backlog in", true),
    DUE("due", true),
    /** Unknown (not zero) until the period's realisation is recorded. */
    REALISED("realised", false),
    /** Unknown until the period is realised: what is carried depends on it. */
    CARRIED("carried", false);

    private final String label;
    private final boolean knownInAdvance;

    LedgerRow(String label, boolean knownInAdvance) {
        this.label = label;
        this.knownInAdvance = knownInAdvance;
    }

    /** The row's label in reports and tables. */
    public String label() {
        return label;
    }

    /** Whether the row is known before the period's realisation is recorded. */
    public boolean knownInAdvance() {
        return knownInAdvance;
    }
}

package dev.caplan.diag;

/** How bad a diagnostic is: errors stop evaluation, warnings are reported and evaluation goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package dev.caplan.ast;

/** What a {@code capacity[...]} filter compares. */
public enum FilterAttribute {
    AREA("area"), KIND("kind"), LOCATION("location"), GROUP("group"), TABLE("table");

    private final String keyword;

    FilterAttribute(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}

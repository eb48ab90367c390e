package dev.caplan.ast;

/** The levels of the area hierarchy, from the top down. */
public enum AreaLevel {
    COUNTRY("country"),
    PROVINCE("province"),
    REGION("region"),
    MUNICIPALITY("municipality");

    private final String keyword;

    AreaLevel(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}

package dev.caplan.ast;

/** What {@code by} groups locations on. */
public enum GroupKey {
    KIND("kind", null), LOCATION("location", null), TABLE("table", null),
    COUNTRY("country", AreaLevel.COUNTRY), PROVINCE("province", AreaLevel.PROVINCE),
    REGION("region", AreaLevel.REGION), MUNICIPALITY("municipality", AreaLevel.MUNICIPALITY);

    private final String keyword;
    private final AreaLevel level;

    GroupKey(String keyword, AreaLevel level) {
        this.keyword = keyword;
        this.level = level;
    }

    public String keyword() {
        return keyword;
    }

    /** The area level grouped on, or null when the key is not an area. */
    public AreaLevel level() {
        return level;
    }
}

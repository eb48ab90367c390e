package dev.caplan.output;

/** A chart's size in pixels (CSS pixels: at 96 per inch, 640 is about 17 cm on paper). */
public record ChartSize(int width, int height) {
    public static final ChartSize DEFAULT = new ChartSize(640, 320);
    public static final int MIN_WIDTH = 240;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 160;
    public static final int MAX_HEIGHT = 1600;

    public ChartSize {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("a chart is " + MIN_WIDTH + " to " + MAX_WIDTH + " wide and "
                    + MIN_HEIGHT + " to " + MAX_HEIGHT + " high, not " + width + "x" + height);
        }
    }

    /** {@code 640x320}, or null when the text is not a size in range. */
    public static ChartSize parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,5}x\\d{1,5}")) {
            return null;
        }
        String[] parts = text.strip().split("x");
        int width = Integer.parseInt(parts[0]);
        int height = Integer.parseInt(parts[1]);
        boolean inRange = width >= MIN_WIDTH && width <= MAX_WIDTH && height >= MIN_HEIGHT && height <= MAX_HEIGHT;
        return inRange ? new ChartSize(width, height) : null;
    }
}

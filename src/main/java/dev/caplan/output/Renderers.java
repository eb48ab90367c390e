package dev.caplan.output;

/**
 * The factory for renderers, so callers choose a format by value and never see the classes (or
 * the Jackson types) behind it.
 */
public final class Renderers {

    private Renderers() {
    }

    /** The renderer for {@code format}; renderers are stateless and safe to share. */
    public static Renderer of(Format format) {
        return switch (format) {
            case TABLE -> TableRenderer.INSTANCE;
            case CSV -> CsvRenderer.INSTANCE;
            case JSON -> JsonRenderer.INSTANCE;
            case MARKDOWN -> MarkdownRenderer.INSTANCE;
            case XLSX -> XlsxRenderer.INSTANCE;
        };
    }
}

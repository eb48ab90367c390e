package dev.caplan.preview;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.output.HtmlTableRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/**
 * The page the live preview serves: the memo's HTML rendering with a small script that reloads it
 * when a newer render is announced on {@code /events}; the page reads the same without JavaScript.
 * When the memo or its model does not load, the diagnostics (as {@code caplan check} prints them,
 * escaped) stand at the top, above the last good render, which is marked stale.
 */
final class PreviewPage {
    /**
     * Reloads when the server announces a render other than the one shown; constant, so the
     * Content-Security-Policy can allow exactly this script by its hash.
     */
    static final String SCRIPT = "(function(){var shown=document.querySelector('meta[name=\"caplan-render\"]')"
            + ".content;var events=new EventSource('/events');events.addEventListener('render',function(e){"
            + "if(e.data!==shown){events.close();location.reload();}});})();";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "script-src 'sha256-" + sha256(SCRIPT) + "'; connect-src 'self'; base-uri 'none'; form-action 'none'";
    private static final String STYLE = "<style>\n.live-problems { border: 2px solid #a40000; background: #fff5f5; "
            + "padding: .2rem 1rem; margin-bottom: 2rem; }\n.live-problems pre { background: #fff; }\n"
            + "main.stale { opacity: .55; }\n@media print { .live-problems { display: none; } main.stale { opacity: 1; } }\n"
            + "</style>\n";
    private static final String HEAD = "<head>\n";
    private static final String BODY = "<body>\n";

    private PreviewPage() {
    }

    /** The page before the first render is done: it reloads when that is. */
    static String pending() {
        return withScript("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + meta(0)
                + "<title>caplan: rendering</title>\n</head>\n<body>\n<p>Rendering the memo…</p>\n</body>\n</html>\n");
    }

    /** A good render, made live: its number in a meta element, the reload script at the end. */
    static String live(String html, long render) {
        return withScript(html.replaceFirst(HEAD, HEAD + meta(render)));
    }

    /**
     * A render that failed: the diagnostics at the top, then the last good render ({@code lastGood},
     * null when there was none yet) marked stale from {@code since}.
     */
    static String failed(List<Diagnostic> diagnostics, String lastGood, LocalTime since, long render) {
        String problems = "<section class=\"live-problems\" role=\"alert\">\n<p><strong>The memo could not be "
                + "rendered</strong>; fix this and save, and the page reloads itself:</p>\n<pre>"
                + HtmlTableRenderer.escape(DiagnosticRenderer.render(diagnostics) + DiagnosticRenderer.summary(diagnostics)) + "</pre>\n"
                + (lastGood == null ? "<p>Nothing has rendered yet.</p>\n" : "<p>Below: the last good render, now stale"
                + " (the model changed at " + since.truncatedTo(ChronoUnit.SECONDS) + ").</p>\n") + "</section>\n";
        if (lastGood == null) {
            return withScript("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + meta(render)
                    + "<title>caplan: the memo could not be rendered</title>\n" + STYLE + "</head>\n<body>\n" + problems
                    + "</body>\n</html>\n");
        }
        String page = lastGood.replaceFirst(HEAD, HEAD + meta(render)).replaceFirst("</head>", STYLE + "</head>")
                .replaceFirst("<main>", "<main class=\"stale\">");
        int body = page.indexOf(BODY);
        page = body < 0 ? page : page.substring(0, body + BODY.length()) + problems + page.substring(body + BODY.length());
        return withScript(page);
    }

    private static String meta(long render) {
        return "<meta name=\"caplan-render\" content=\"" + render + "\">\n";
    }

    private static String withScript(String page) {
        int end = page.lastIndexOf("</body>");
        String script = "<script>" + SCRIPT + "</script>\n";
        return end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

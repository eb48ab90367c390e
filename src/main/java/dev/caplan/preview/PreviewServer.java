package dev.caplan.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The live preview's HTTP server (the JDK's {@code com.sun.net.httpserver}): {@code GET /} is the
 * page, {@code GET /events} a stream of server-sent events announcing each render by its number,
 * {@code GET /NAME.svg} a chart file in the memo's folder (no other folder, no link). Everything
 * else is 404: no listing, no other file. A request whose Host is not the address served is
 * refused, so a web page elsewhere cannot reach the preview through a name that points here.
 */
final class PreviewServer implements AutoCloseable {
    /** A chart beside the memo: a plain name, no folder, no dot first, no percent-encoding. */
    private static final Pattern CHART = Pattern.compile("/([A-Za-z0-9][A-Za-z0-9_.-]{0,200}\\.svg)");
    private static final long LARGEST_CHART = 16L << 20;
    /** Browsers open one stream per tab; this bounds what a runaway client can hold open. */
    private static final int MOST_LISTENERS = 64;
    private static final long HEARTBEAT_SECONDS = 15;

    private final HttpServer server;
    private final ExecutorService requests = Executors.newFixedThreadPool(4, daemon("caplan-preview-http"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            daemon("caplan-preview-heartbeat"));
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final Path folder;
    private volatile String page = PreviewPage.pending();
    private volatile long render;

    PreviewServer(InetAddress bind, int port, Path memoFolder) throws IOException {
        this.folder = memoFolder.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        server.createContext("/", this::handle);
        server.setExecutor(requests);
        server.start();
        heartbeat.scheduleAtFixedRate(() -> send(": still here\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /** Where the preview is, such as {@code http://127.0.0.1:8737/}. */
    URI address() {
        InetSocketAddress at = server.getAddress();
        String host = at.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + at.getPort() + "/");
    }

    /** Serves {@code newPage} from now on, as render number {@code number}, and tells every open page. */
    void publish(String newPage, long number) {
        page = newPage;
        render = number;
        send(event(number));
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (!exchange.getRequestMethod().equals("GET") || path == null) {
                respond(exchange, 404, "text/plain", "not found\n");
            } else if (!hostIsServed(exchange)) {
                respond(exchange, 403, "text/plain", "this preview answers only at " + address() + "\n");
            } else if (path.equals("/")) {
                exchange.getResponseHeaders().set("Content-Security-Policy", PreviewPage.CONTENT_SECURITY_POLICY);
                respond(exchange, 200, "text/html; charset=utf-8", page);
            } else if (path.equals("/events")) {
                streaming = listen(exchange);
            } else if (CHART.matcher(path).matches()) {
                chart(exchange, path.substring(1));
            } else {
                respond(exchange, 404, "text/plain", "not found\n");
            }
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /**
     * Keeps the response open and writes an event per render, the current one first; false when
     * there are too many streams open already.
     */
    private boolean listen(HttpExchange exchange) throws IOException {
        if (listeners.size() >= MOST_LISTENERS) {
            respond(exchange, 503, "text/plain", "too many open previews\n");
            return false;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (out) {
            out.write(("retry: 500\n\n" + event(render)).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        listeners.add(out);
        return true;
    }

    private void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) { // the page was closed
                listeners.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    private static String event(long number) {
        return "event: render\ndata: " + number + "\n\n";
    }

    private void chart(HttpExchange exchange, String name) throws IOException {
        Path file = folder.resolve(name);
        if (!file.getParent().equals(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || Files.size(file) > LARGEST_CHART) {
            respond(exchange, 404, "text/plain", "not found\n");
            return;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) LARGEST_CHART + 1);
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        respond(exchange, 200, "image/svg+xml", bytes);
    }

    /** Whether the request names this server as it was started (a name that resolves here is not enough). */
    private boolean hostIsServed(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        int port = server.getAddress().getPort();
        String given = host.toLowerCase(Locale.ROOT);
        String served = address().getAuthority();
        return given.equals(served) || server.getAddress().getAddress().isLoopbackAddress()
                && given.equals("localhost:" + port);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException e) {
                // the page went first
            }
        }
        listeners.clear();
        server.stop(0);
        requests.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

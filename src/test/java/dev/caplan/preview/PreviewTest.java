package dev.caplan.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caplan.engine.Outcome;
import dev.caplan.memo.LiveMemo;
import dev.caplan.memo.Memos;
import dev.caplan.testing.CliRun;
import dev.caplan.testing.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caplan serve} as a browser sees it: the server on port 0 over a copy of the example memo
 * and the IJsselland model; a saved change to ROL Zwolle's places is announced on {@code /events}
 * and the page then shows the new numbers; a broken model shows its diagnostics above the last good
 * render; nothing but the page, the events and charts beside the memo is served; loopback only.
 */
class PreviewTest {
    /** Generous: the machine running the tests may be busy; the speed target is a bench row. */
    private static final long WAIT_SECONDS = 30;
    private static final String ZWOLLE = "capacity 300 from 2023-04-01 until 2026-02-01";

    @TempDir
    Path scratch;

    private Path memo;
    private Path azc;
    private Preview preview;
    private Thread running;
    private final BlockingQueue<Outcome<Memos.Rendered>> renders = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void serveACopy() throws Exception {
        TestFiles.copyTree(Path.of("models/ijsselland"), scratch.resolve("models/ijsselland"));
        memo = scratch.resolve("examples/memo/memo.md");
        Files.createDirectories(memo.getParent());
        Files.copy(Path.of("examples/memo/memo.md"), memo);
        azc = scratch.resolve("models/ijsselland/azc.caplan");
        preview = Preview.start(new LiveMemo(memo, new Memos.Settings(Memos.Kind.HTML, null, LocalDate.of(2026, 1, 15),
                false)), InetAddress.getLoopbackAddress(), 0, renders::add);
        running = new Thread(() -> {
            try {
                preview.run();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "preview-under-test");
        running.start();
        assertThat(renders.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("the first render").isNotNull();
    }

    @AfterEach
    void stop() throws Exception {
        preview.close();
        running.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertThat(running.isAlive()).as("the watch loop ends when the preview is closed").isFalse();
    }

    @Test
    void aSavedChangeIsAnnouncedAndThePageShowsTheNewNumber() throws Exception {
        Document before = page();
        assertThat(value(before, "table_a: ROL Zwolle, 2023-07-01")).isEqualTo("300");
        assertThat(value(before, "table_a: total, 2023-07-01")).isEqualTo("1.965?");
        String shown = before.selectFirst("meta[name=caplan-render]").attr("content");

        try (Events events = events()) {
            assertThat(events.next()).isEqualTo(shown); // the render the page shows, first
            replace(azc, ZWOLLE, ZWOLLE.replace("300", "400"));
            String announced = events.next();
            assertThat(announced).isNotEqualTo(shown);
            Document after = page();
            assertThat(after.selectFirst("meta[name=caplan-render]").attr("content")).isEqualTo(announced);
            assertThat(value(after, "table_a: ROL Zwolle, 2023-07-01")).isEqualTo("400");
            assertThat(value(after, "table_a: total, 2023-07-01")).isEqualTo("2.065?");
            assertThat(after.selectFirst("footer.stamp").text()).isNotEqualTo(before.selectFirst("footer.stamp").text());
        }
    }

    @Test
    void aBrokenModelShowsItsDiagnosticsAboveTheLastGoodRender() throws Exception {
        try (Events events = events()) {
            events.next();
            replace(azc, ZWOLLE, "capacity <b>300</b> from 2023-04-01 until 2026-02-01");
            events.next();
            Document page = page();
            String problems = page.selectFirst("section.live-problems pre").wholeText();
            assertThat(problems).contains("azc.caplan:44:12: error: unexpected '<' [E-SYNTAX]", "2 errors");
            CliRun check = CliRun.of("check", azc.getParent().toString());
            assertThat(check.err()).as("the same text as caplan check").startsWith(problems);
            assertThat(page.html()).doesNotContain("<b>300</b>"); // the model's text is escaped
            assertThat(page.selectFirst("main").hasClass("stale")).isTrue();
            assertThat(value(page, "table_a: total, 2023-07-01")).isEqualTo("1.965?"); // the last good render
            assertThat(page.selectFirst("section.live-problems").text()).contains("last good render");

            replace(azc, "capacity <b>300</b>", "capacity 300");
            events.next();
            Document mended = page();
            assertThat(mended.selectFirst("section.live-problems")).isNull();
            assertThat(mended.selectFirst("main").hasClass("stale")).isFalse();
        }
    }

    @Test
    void onlyThePageTheEventsAndChartsBesideTheMemoAreServed() throws Exception {
        Files.writeString(memo.resolveSibling("chart.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(scratch.resolve("secret.svg"), "<svg/>");
        assertThat(get("/chart.svg").statusCode()).isEqualTo(200);
        for (String path : List.of("/../etc/passwd", "/..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "/memo.md", "/memo.html",
                "/../secret.svg", "/%2e%2e/secret.svg", "/.hidden.svg", "/sub/chart.svg", "/index.html", "/events/x",
                "//etc/passwd")) {
            assertThat(raw(path)).as(path).startsWith("HTTP/1.1 404");
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(preview.address())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'", "connect-src 'self'"));
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        assertThat(raw("/", "evil.example:" + preview.address().getPort())).startsWith("HTTP/1.1 403");
        assertThat(raw("/", "localhost:" + preview.address().getPort())).startsWith("HTTP/1.1 200");
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        assertThat(preview.address().getHost()).isEqualTo("127.0.0.1");
        int port = preview.address().getPort();
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress other : Collections.list(face.getInetAddresses())) {
                if (other instanceof Inet4Address && !other.isLoopbackAddress()) {
                    assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(other, port), 2000);
                        }
                    }).as("%s:%d", other, port).isInstanceOf(ConnectException.class);
                }
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** A request written by hand, so the path reaches the server exactly as given (no client normalises it). */
    private String raw(String path) throws IOException {
        return raw(path, preview.address().getAuthority());
    }

    private String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket(preview.address().getHost(), preview.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String value(Document page, String figure) {
        return page.selectFirst("[data-figure=\"" + figure + "\"]").text();
    }

    private static void replace(Path file, String old, String now) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(old);
        Files.writeString(file, text.replace(old, now), StandardCharsets.UTF_8);
    }

    private Events events() throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(preview.address().resolve("/events"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new Events(response.body());
    }

    /** The render numbers announced on {@code /events}, read on a thread so a wait can time out. */
    private static final class Events implements AutoCloseable {
        private final InputStream body;
        private final BlockingQueue<String> announced = new LinkedBlockingQueue<>();

        Events(InputStream body) {
            this.body = body;
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String event = null;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("event: ")) {
                            event = line.substring(7);
                        } else if (line.startsWith("data: ") && "render".equals(event)) {
                            announced.add(line.substring(6));
                        }
                    }
                } catch (IOException e) {
                    // closed by the test
                }
            }, "events-under-test");
            reader.setDaemon(true);
            reader.start();
        }

        String next() throws InterruptedException {
            String number = announced.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(number).as("a render announced within %d s", WAIT_SECONDS).isNotNull();
            return number;
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}

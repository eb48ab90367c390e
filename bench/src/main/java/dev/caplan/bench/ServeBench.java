package dev.caplan.bench;

import dev.caplan.engine.Outcome;
import dev.caplan.memo.LiveMemo;
import dev.caplan.memo.Memos;
import dev.caplan.preview.Preview;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live preview on the national model ({@code caplan serve}), from a saved change to one of its
 * files to the new page. A memo over a copy of the model shows a report, a query and an inline
 * value; each operation writes one location's places (alternating, so every save is a change) into
 * one of the model's 15 files. {@code savedChangeToNewPage}: through the real server: the JDK's
 * WatchService sees the save, the watcher waits out its 50 ms quiet time, the memo is rendered
 * again, the server announces it on {@code /events}; the operation ends when an HTTP client has
 * read that event and then fetched the page and found the new value in it. {@code reRender}: the
 * same save, then the re-render the server calls after the watch event ({@link LiveMemo#render}
 * with the changed file), without the watcher's wait or HTTP.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ServeBench {
    private static final String LOCATION = "location \"L00004\" in M024 kind AZC {\n  capacity ";
    private static final String MEMO = """
            ---
            model: national
            ---

            # The national plan

            Regular places on 1 January 2026: {{ regular at 2026-01-01 }}; L00004 then: {{ capacity[location = "L00004"] at 2025-01-01 }}.

            ```caplan
            report against_quota
            query capacity by kind over 2025-01 .. 2025-12 monthly
            ```
            """;
    private static final Memos.Settings SETTINGS = new Memos.Settings(Memos.Kind.HTML, null, LocalDate.of(2026, 1, 1),
            false);

    /** A copy of the national model with a memo beside it; each state has its own, so they do not disturb each other. */
    abstract static class Copy {
        Path temp;
        Path memo;
        Path changed;
        String original;
        int calls;

        void copyTheModel() throws IOException {
            temp = Files.createTempDirectory("caplan-serve-bench");
            Models.copy(Models.generated("national"), temp.resolve("national"));
            memo = temp.resolve("memo.md");
            Files.writeString(memo, MEMO, StandardCharsets.UTF_8);
            changed = temp.resolve("national/locations-000.caplan");
            original = Files.readString(changed, StandardCharsets.UTF_8);
            if (!original.contains(LOCATION + "175 from 2024-06-01")) {
                throw new IllegalStateException("the national model is not the one this benchmark expects");
            }
        }

        /** Saves L00004's first capacity line with another number of places, as an editor does (the whole file). */
        String save() throws IOException {
            String places = (calls++ & 1) == 0 ? "171" : "179";
            Files.writeString(changed, original.replace(LOCATION + "175 from", LOCATION + places + " from"),
                    StandardCharsets.UTF_8);
            return places;
        }

        void deleteTheCopy() throws IOException {
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The preview served, and an HTTP client reading its events. */
    @State(Scope.Benchmark)
    public static class Served extends Copy {
        Preview preview;
        Thread serving;
        HttpClient http;
        InputStream eventStream;
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        /** The newest render announced and read. */
        long seen;

        @Setup(Level.Trial)
        public void setup() throws Exception {
            copyTheModel();
            preview = Preview.start(new LiveMemo(memo, SETTINGS), InetAddress.getLoopbackAddress(), 0, ServeBench::check);
            serving = new Thread(() -> {
                try {
                    preview.run();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "serve-bench");
            serving.start();
            http = HttpClient.newHttpClient();
            eventStream = http.send(HttpRequest.newBuilder(preview.address().resolve("/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream()).body();
            Thread reader = new Thread(this::readEvents, "serve-bench-events");
            reader.setDaemon(true);
            reader.start();
            while (seen < 1) { // until the first render is announced
                String number = events.poll(60, TimeUnit.SECONDS);
                if (number == null) {
                    throw new IllegalStateException("the preview announced no render");
                }
                seen = Long.parseLong(number);
            }
        }

        private void readEvents() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(eventStream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data: ")) {
                        events.add(line.substring(6));
                    }
                }
            } catch (IOException e) {
                // closed at tear-down
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            eventStream.close();
            preview.close();
            serving.join(10_000);
            deleteTheCopy();
        }
    }

    /** The memo's live render alone, as the server holds it. */
    @State(Scope.Benchmark)
    public static class Rendering extends Copy {
        LiveMemo live;

        @Setup(Level.Trial)
        public void setup() throws IOException {
            copyTheModel();
            live = new LiveMemo(memo, SETTINGS);
            check(live.render(null));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            deleteTheCopy();
        }
    }

    @Benchmark
    public String savedChangeToNewPage(Served served) throws Exception {
        String places = served.save();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) { // a save may come in two bursts: the page that shows it ends the wait
            String number = served.events.poll(30, TimeUnit.SECONDS);
            if (number == null || Long.parseLong(number) <= served.seen) {
                continue;
            }
            served.seen = Long.parseLong(number);
            String page = served.http.send(HttpRequest.newBuilder(served.preview.address()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (page.contains(">" + places + "<")) {
                return page;
            }
        }
        throw new IllegalStateException("no page with " + places + " within 30 s");
    }

    @Benchmark
    public String reRender(Rendering rendering) throws IOException {
        String places = rendering.save();
        Outcome<Memos.Rendered> rendered = rendering.live.render(Set.of(rendering.changed));
        check(rendered);
        if (!rendered.value().text().contains(">" + places + "<")) {
            throw new IllegalStateException("the render does not show " + places);
        }
        return rendered.value().text();
    }

    private static void check(Outcome<Memos.Rendered> rendered) {
        if (rendered.value() == null || !rendered.value().problems().isEmpty()) {
            throw new IllegalStateException("the memo does not render: " + rendered.diagnostics());
        }
    }
}

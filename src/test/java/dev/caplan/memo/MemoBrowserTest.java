package dev.caplan.memo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caplan.engine.Outcome;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example memo as a person sees it: rendered, opened in headless Chromium (Debian's
 * {@code chromium}; {@code scripts/ensure-chromium} installs it, {@code .ci/run} calls that), its
 * DOM read back after loading and a screenshot taken. Skipped, saying why, where Chromium is not
 * installed. The chart's area is found from the layout: a test page shows the example's chart
 * first, at the page's top left corner, so its pixels are known.
 */
class MemoBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path EXAMPLE = Path.of("examples/memo/memo.md");
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    static Path scratch;

    private static String page;

    @BeforeAll
    static void render() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + ": run scripts/ensure-chromium (as root) to test the memo in a browser");
        Outcome<Memos.Rendered> rendered = Memos.render(EXAMPLE,
                new Memos.Settings(Memos.Kind.HTML, null, LocalDate.of(2026, 1, 15), false));
        assertThat(rendered.value()).as("%s", rendered.diagnostics()).isNotNull();
        assertThat(rendered.value().problems()).isEmpty();
        page = rendered.value().text();
    }

    /** Chromium with nothing that reaches the network or a profile of the user's. */
    private static Run chromium(List<String> what, Path html, String size) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + size));
        command.addAll(what);
        command.add(html.toUri().toString());
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }

    /** The page loads: Chromium's DOM after loading has every table, the chart and the stamp, and no error was logged. */
    @Test
    void theExampleMemoLoadsWithoutErrors() throws Exception {
        Path html = scratch.resolve("memo.html");
        Files.writeString(html, page, StandardCharsets.UTF_8);
        Run run = chromium(List.of("--dump-dom", "--enable-logging=stderr", "--v=0"), html, "1200,3000");
        assertThat(run.exit()).as(run.err()).isZero();
        Document dom = Jsoup.parse(run.out());
        assertThat(dom.select("table")).hasSize(Jsoup.parse(page).select("table").size()).hasSizeGreaterThan(4);
        assertThat(dom.select("figure.chart svg g.series")).hasSize(2);
        assertThat(dom.select("footer.stamp").text()).startsWith("Rendered by caplan");
        assertThat(run.err()).doesNotContainIgnoringCase("Uncaught").doesNotContain("CONSOLE(",
                "Failed to load resource", "ERR_FILE_NOT_FOUND");
    }

    /** The chart, first on a page at its top left corner, is drawn: many colours, lines and hatches, not a blank. */
    @Test
    void theChartAreaIsNotBlank() throws Exception {
        Document test = Jsoup.parse(page);
        Element figure = test.selectFirst("figure.chart");
        assertThat(figure).isNotNull();
        test.selectFirst("main").prependChild(figure.clone());
        test.selectFirst("style").append("figure.chart:first-child { position: absolute; left: 0; top: 0; margin: 0; }"
                + " body { margin: 0; }");
        Path html = scratch.resolve("chart-first.html");
        Files.writeString(html, test.outerHtml(), StandardCharsets.UTF_8);
        Path png = scratch.resolve("chart.png");
        Run run = chromium(List.of("--screenshot=" + png), html, "1200,3000");
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        int width = Integer.parseInt(figure.selectFirst("svg").attr("width"));
        int height = Integer.parseInt(figure.selectFirst("svg").attr("height"));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(width);
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    inked++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours in the chart's area").isGreaterThan(20);
        assertThat(inked).as("pixels drawn in the chart's area").isGreaterThan((long) width * height / 50);
        // the series' own colours are there: the blue of the first line and the orange of the second
        assertThat(colours.stream().anyMatch(c -> near(c, 0x0072B2))).as("azc's blue").isTrue();
        assertThat(colours.stream().anyMatch(c -> near(c, 0xD55E00))).as("cno's orange").isTrue();
        // kept where a person can look at it after a run (the temporary folder goes)
        Files.copy(png, Path.of(System.getProperty("java.io.tmpdir"), "caplan-memo-chart.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean near(int rgb, int wanted) {
        int dr = Math.abs((rgb >> 16 & 0xff) - (wanted >> 16 & 0xff));
        int dg = Math.abs((rgb >> 8 & 0xff) - (wanted >> 8 & 0xff));
        int db = Math.abs((rgb & 0xff) - (wanted & 0xff));
        return dr + dg + db < 24;
    }
}

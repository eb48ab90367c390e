package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.caplan.result.Heading;
import dev.caplan.result.ResultRow;
import dev.caplan.result.ResultTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table as wide as a range may make (100,000 columns: {@code azc over 2023-01 .. 9795-03} in the
 * REPL) renders in time linear in its size in every format. Found by the REPL fuzzer: the table
 * format asked the table for its list of column labels once per column, and that list is made
 * anew on each call, so one such answer took minutes.
 */
class WideTableTest {

    @Test
    void aHundredThousandColumnsRenderInSeconds() {
        int width = 100_000;
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            headings.add(Heading.of("c" + i));
        }
        ResultRow row = new ResultRow("azc", Collections.nCopies(width, Fixtures.firm("1965")));
        ResultTable table = new ResultTable("azc", null, "", headings, List.of(row), null);
        for (Format format : Format.values()) {
            String out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Renderers.of(format).render(List.of(table)));
            assertThat(out).contains("c99999");
        }
    }
}
